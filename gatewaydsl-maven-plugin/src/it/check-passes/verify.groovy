def log = new File(basedir, 'build.log').text
assert log.contains('gatewaydsl check: 2 file(s) in ')
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')
