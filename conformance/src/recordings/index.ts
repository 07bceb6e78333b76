export { compareWithRecording, type Difference, type ObservedExchange } from "./compare.js";
export type { LoadedRecording, OrderRule, Recording, RecordingSource, SourceKind } from "./format.js";
export { type LoadOptions, loadRecordings, RECORDINGS_DIR, RecordingFormatError, recordingsByCheck } from "./load.js";
export { normalise } from "./normalise.js";
export { createRecorder, type FlushResult, type Recorder, type RecorderOptions } from "./record.js";
