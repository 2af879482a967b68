/** Loading lessons in tests: from text, against the bundled scenarios in public/scenarios. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSimulation, type Simulation } from '../../src/engine';
import { formatLessonIssue, lessonIndexSchema, loadLesson, type Lesson, type LessonResult } from '../../src/lessons';

const PUBLIC = fileURLToPath(new URL('../../public/', import.meta.url));

export const BUNDLED_SCENARIOS = (JSON.parse(readFileSync(`${PUBLIC}scenarios/index.json`, 'utf8')) as { file: string }[]).map((e) => e.file);

export function readScenario(file: string): string | null {
  return BUNDLED_SCENARIOS.includes(file) ? readFileSync(`${PUBLIC}scenarios/${file}`, 'utf8') : null;
}

export function loadText(text: string, fileName = 'lesson.yaml'): LessonResult {
  return loadLesson(text, { fileName, readScenario, bundledScenarios: BUNDLED_SCENARIOS });
}

/** The lesson, or a failure that lists the issues. */
export function lessonOf(text: string, fileName = 'lesson.yaml'): Lesson {
  const result = loadText(text, fileName);
  if (!result.ok) throw new Error(result.errors.map(formatLessonIssue).join('\n'));
  return result.lesson;
}

/** The issues of a lesson that must not load, formatted as the command line prints them. */
export function errorsOf(text: string, fileName = 'lesson.yaml'): string[] {
  const result = loadText(text, fileName);
  if (result.ok) throw new Error('the lesson loaded');
  return result.errors.map(formatLessonIssue);
}

export const BUNDLED_LESSONS = lessonIndexSchema.parse(JSON.parse(readFileSync(`${PUBLIC}lessons/index.json`, 'utf8')));

export function bundledLessonText(file: string): string {
  return readFileSync(`${PUBLIC}lessons/${file}`, 'utf8');
}

export function simulationOf(lesson: Lesson): Simulation {
  return createSimulation(lesson.spec);
}
