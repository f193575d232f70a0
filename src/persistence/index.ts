/**
 * Everything the player needs from persistence, in one module that the page loads on demand
 * (in parallel with the story's first screen), so the schema library and the storage driver
 * never delay the first choice.
 */
export { makeSaveRecord } from './record.ts';
export { SaveStore, type LoadedAutosave, type SlotListing } from './saves.ts';
export {
  exportFileName,
  MAX_SAVE_FILE_BYTES,
  parseSaveFile,
  serialiseEnvelope,
  type SaveRecord,
} from './schema.ts';
export { openStore } from './store.ts';
export { TabChannel } from './tab-channel.ts';
