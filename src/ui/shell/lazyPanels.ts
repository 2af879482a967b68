/**
 * Everything that is not on the first frame loads when first opened: every panel of the dock (the lesson tab, the
 * inspector with the editors it holds, the narration, the metrics charts, the sandbox, the rule tester), the tables, the legend and
 * the help. Each is its own chunk from the
 * page's own origin, which the Content-Security-Policy allows ('self').
 */
import { lazy } from 'react';

export const loadInspector = () => import('../panels/Inspector');

export const Inspector = lazy(() => loadInspector().then((module) => ({ default: module.Inspector })));
export const NarrationPanel = lazy(() => import('../panels/NarrationPanel').then((module) => ({ default: module.NarrationPanel })));
/** The screen readers' voice for important events: the shell mounts it right after the first frame, and it speaks of what happens from then on. */
export const NarrationAnnouncer = lazy(() => import('../panels/narration/NarrationAnnouncer').then((module) => ({ default: module.NarrationAnnouncer })));
export const MetricsPanel = lazy(() => import('../panels/MetricsPanel').then((module) => ({ default: module.MetricsPanel })));
export const SandboxPanel = lazy(() => import('../editors/ecs/SandboxPanel').then((module) => ({ default: module.SandboxPanel })));
export const RuleTesterPanel = lazy(() => import('../ruleTester/RuleTesterPanel').then((module) => ({ default: module.RuleTesterPanel })));
export const TablesView = lazy(() => import('../TablesView'));
export const Legend = lazy(() => import('../panels/Legend').then((module) => ({ default: module.Legend })));
export const Help = lazy(() => import('./Help'));
export const LessonPanel = lazy(() => import('../lessons/LessonPanel').then((module) => ({ default: module.LessonPanel })));
export const EmbedDialog = lazy(() => import('../embed/EmbedDialog'));
