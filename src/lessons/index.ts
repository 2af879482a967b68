/**
 * Guided lessons: a lesson is data (format/), loaded and checked against its scenario (load/), and played on a
 * simulation by a UI-free runtime (run/) that the app's lesson tab and the command line both drive. README.md,
 * "Writing a lesson", is the authoring guide; public/lesson.schema.json the file's JSON Schema.
 */
export type { LensText, Lens } from './format/lensText';
export { lensText, sameInBoth } from './format/lensText';
export type { Goal, GoalKind, EventFilter, FilterValue, StatusMatch } from './format/goal';
export { GOAL_KINDS } from './format/goal';
export type { Observation, ObservationKind, AnswerValue, Observed, OptionMatch, PredictionOption, OptionsSpec, Prediction, RequestRead } from './format/prediction';
export type { Lesson, LessonStep, TimedCommand, Hint, SpotlightTarget } from './format/lesson';
export { DEFAULT_WITHIN_SECONDS, STAGE_CHARACTERS } from './format/lesson';
export { EDITOR_AREAS, AREA_NAMES, areaOf, allowedCommands, isEditorArea } from './format/areas';
export type { EditorArea } from './format/areas';
export { EVENT_TYPES, EVENT_FIELDS } from './format/eventFields';
export { lessonIndexSchema } from './format/lessonIndex';
export type { LessonIndexEntry } from './format/lessonIndex';
export { lessonJsonSchemaText, buildLessonJsonSchema } from './format/jsonSchema';
export { loadLesson, scenarioFileOf } from './load/loadLesson';
export type { LoadLessonOptions, LessonResult } from './load/loadLesson';
export { formatLessonIssue } from './load/issues';
export type { LessonIssue } from './load/issues';
export { LessonRun } from './run/lessonRun';
export { lessonRuntime } from './runtime';
export type { LessonRuntime } from './runtime';
export type { LessonActions, LessonDirector, LessonHost, LessonPlay, LessonPlayer, LessonPresenter, LessonPublished, LessonToResume } from './run/lessonPlayer';
export type { Permission, PredictionStatus, StepStatus } from './run/lessonRun';
export type { GoalStatus, GoalProgress } from './run/goalTracker';
export { GoalTracker } from './run/goalTracker';
export type { LessonView } from './run/view';
export { Observer } from './run/observer';
export type { ResolvedOption } from './run/options';
export { optionMatches, rightOption } from './run/options';
export { forkSimulation, lookahead } from './run/lookahead';
export { playLesson, playLessonThrough } from './run/playLesson';
export type { PlayOptions, PlayResult, StepOutcome, PredictionOutcome } from './run/playLesson';
export { goalLabel, describeGoal, answerText, observedText, optionText, lockedReason } from './words';
export { deploymentBreakdown } from './run/deploymentBreakdown';
export type { DeploymentBreakdown, DeploymentBatch } from './run/deploymentBreakdown';
