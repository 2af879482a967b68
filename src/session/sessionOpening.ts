/**
 * What opening a session at startup takes: a share link decoded and a save read, both through the session format
 * (sessionDoc.ts) and the CloudFormation loader, and the loader's wording of what went wrong. startSession fetches
 * this only when the address carries a link or the browser holds a save.
 */
export { formatIssue } from '../scenario';
export { readSave } from './readSave';
export { decodeSession } from './shareLink';
