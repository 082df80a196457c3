/** Approval tests of manifests for users' own test code: {@link dev.gatewaydsl.approvaltests.ManifestApprovals}. */
package dev.gatewaydsl.approvaltests;
