/**
 * Everything the player needs from persistence, in one module that the page loads on demand
 * (in parallel with the story's first screen), so the schema library and the storage driver
 * never delay the first choice.
 */
export { defaultSaveName, makeSaveRecord, normaliseSaveName, type RecordInput } from './record.ts';
export {
  DamagedSaveError,
  SaveNameError,
  SaveNotFoundError,
  SaveStore,
  type AutosaveResult,
  type ImportResult,
  type LoadedAutosave,
  type SlotListing,
} from './saves.ts';
export {
  exportFileName,
  MAX_SAVE_FILE_BYTES,
  migrateEnvelope,
  parseRecord,
  parseSaveFile,
  serialiseEnvelope,
  type ParsedSaveFile,
  type RejectedRecord,
  type SaveRecord,
} from './schema.ts';
export {
  MemoryStore,
  openStore,
  StorageError,
  StorageFullError,
  type KeyValueStore,
  type OpenedStore,
} from './store.ts';
export { TabChannel, type TabWrite } from './tab-channel.ts';
export { RunStore, type LoadedTree, type StoredBody } from './run-store.ts';
