// Scene versions and sign-offs: canonical content and its hash, the readable diff, sign-off status and rules.
export { canonicalHash, canonicalJson } from './canonical';
export { sha256Bytes, sha256Hex, utf8Bytes } from './sha256';
export { contentOfVersion, docFromContent, docFromVersion, draftHash, draftOf, versionContent, VERSION_LIST_KEYS, type VersionContent, type VersionListKey } from './content';
export { diffVersions } from './diff';
export { latestVersion, signerKey, signerReader, signoffStatus, signoffsOfScene, signoffTime, versionsOfScene, type SignerStatus, type SignoffState } from './status';
export { issueRefusal, signoffRefusal, withdrawalTarget } from './rules';
export { IssueVersionArgs, RecordSignoffArgs, WithdrawSignoffArgs } from './requests';
