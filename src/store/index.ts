export {
  createSimStore,
  type LoadError,
  type NotSimulatedResource,
  type ScenarioMeta,
  type SimState,
  type SimStore,
  type SimStoreOptions,
  type SimulationFactory,
  type FrameBudget,
} from './createSimStore';
export { loadTemplateToWorld, templateToWorld, type TemplateResult } from './loadTemplate';
export { LOADER_NOT_READY, loadScenarioLoader, preloadScenarioLoader, scenarioLoader, type ScenarioLoader } from './scenarioLoader';
export { SEEK_BUDGET, type SeekOptions, type SeekOutcome, type SeekPlan, type SeekProgress } from './seek';
export { checkCommands, EMPTY_HISTORY, type EditHistoryView, type EditResult } from './editHistory';
export { appendToLog, DEFAULT_LOG_LIMIT, isLoggable, type LogEntry } from './eventLog';
export { animationFrames, createPlayback, DEFAULT_FRAME_BUDGET, DEFAULT_MAX_FRAME_GAP_MS, roundSpeed, type FrameSource, type Playback, type PlaybackOptions } from './playback';
export { clampSpeed, DEFAULT_SPEED, formatSpeed, MAX_SPEED, MIN_SPEED, SPEEDS } from './speeds';
export { SimProvider } from './SimProvider';
export { MISSING_PROVIDER, useSim, useSimStore } from './useSim';
export {
  findService,
  listenerIds,
  serviceIds,
  targetGroupIds,
  targetGroupNames,
  targetsOfTask,
  tasksOfService,
  type TaskTarget,
} from './selectors';
export { createViewSlice, sameSelection, type MotionChoice, type Selection, type SelectionKind, type Spotlight, type ThemeChoice, type ViewOptions, type ViewState } from './view';
export { METRIC_BUCKET_MS, METRIC_BUCKETS_KEPT, METRIC_NAMES, MetricsCollector, type MetricName, type MetricPoint, type MetricsView } from './metrics';
export type { LessonPlay, LessonState, LessonToResume } from './lessonSlice';
export { createPresenterSlice, PRESENTER_OFF, type LessonPresenter, type PresenterFlags, type PresenterState } from './presenter';
export { CHECKPOINT_EVERY_MS, EMPTY_TIMELINE, type Bookmark, type TimedCommand, type TimelineView } from './timeline';
export { MARKER_KIND_NAMES, markerOf, type Marker, type MarkerKind } from './markers';
