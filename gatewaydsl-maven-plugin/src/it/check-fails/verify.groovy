// the failing sample's diagnostic names file and line, resource and field path
def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'gitops/shop/httproute-web.yaml')
def expected = '[ERROR] ' + file.path + ':8: error ParentNotFound: HTTPRoute "shop/web": ' +
    'spec.parentRefs[0]: Gateway "shop/nowhere" is not in the set'
assert log.contains(expected) : "no line\n" + expected + "\nin\n" + log
assert log.contains('BUILD FAILURE')
