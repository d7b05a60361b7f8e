import { describe, expect, test } from 'vitest';
import { DEFAULT_PLAN } from '../../../main/plan/plan.js';
import { setAssessmentText, setRecipient } from './planCommands.js';
import { execute, HISTORY_LIMIT, redo, startHistory, undo } from './planHistory.js';

describe('plan history', () => {
  test('undo and redo walk the steps; a new command drops the redo steps', () => {
    let h = startHistory(DEFAULT_PLAN);
    h = execute(h, setRecipient('publication'));
    h = execute(h, setAssessmentText('organisation', 'HUS'));
    expect(h.past.map((s) => s.label.key)).toEqual(['app.history.recipient', 'app.history.organisation']);
    h = undo(h);
    expect(h.plan.assessment.organisation).toBe('');
    expect(h.plan.assessment.recipient).toBe('publication');
    h = undo(h);
    expect(h.plan).toBe(DEFAULT_PLAN);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.plan.assessment.recipient).toBe('publication');
    h = execute(h, setRecipient('secure-environment'));
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });

  test('typing into one field is one step; another field starts a new one', () => {
    let h = startHistory(DEFAULT_PLAN);
    for (const text of ['H', 'HU', 'HUS']) h = execute(h, setAssessmentText('organisation', text));
    h = execute(h, setAssessmentText('operator', 'A'));
    expect(h.past).toHaveLength(2);
    h = undo(undo(h));
    expect(h.plan).toBe(DEFAULT_PLAN);
  });

  test('a redone step does not merge with the next edit', () => {
    let h = execute(startHistory(DEFAULT_PLAN), setAssessmentText('organisation', 'A'));
    h = redo(undo(h));
    h = execute(h, setAssessmentText('organisation', 'AB'));
    expect(h.past).toHaveLength(2);
  });

  test('a command that changes nothing is not a step, and the history is bounded', () => {
    let h = startHistory(DEFAULT_PLAN);
    expect(execute(h, setRecipient('secure-environment'))).toBe(h);
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) h = execute(h, setRecipient(i % 2 ? 'secure-environment' : 'publication'));
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });
});
