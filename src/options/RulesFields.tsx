/** The matching rules of one entry (`Entry.match`), folded away until an author needs them. */
import type { MatchRules } from '../glossary/types';
import type { Problem } from '../glossary/validate';
import type { Translate } from '../tooltip/EntityCard';

export interface RulesFieldsProps {
  rules: MatchRules;
  problems: Problem[];
  t: Translate;
  onChange: (rules: MatchRules) => void;
}

type ListRule = 'caseSensitive' | 'wholeWord' | 'afterFullName' | 'exclude' | 'endings';

const LISTS: [ListRule, string][] = [
  ['caseSensitive', 'rulesCaseSensitive'],
  ['wholeWord', 'rulesWholeWord'],
  ['afterFullName', 'rulesAfterFullName'],
  ['exclude', 'rulesExclude'],
  ['endings', 'rulesEndings'],
];

/** Lines (or commas, for endings) to a list without blanks; `undefined` when empty. */
function toList(text: string, byComma: boolean): string[] | undefined {
  const items = text.split(byComma ? /[,\n]/ : '\n').map((s) => s.trim()).filter((s) => s !== '');
  return items.length > 0 ? items : undefined;
}

/** Drops empty rules so that an untouched entry stays equal to its default. */
export function compactRules(rules: MatchRules): MatchRules | undefined {
  const out = Object.fromEntries(Object.entries(rules).filter(([, value]) => value !== undefined)) as MatchRules;
  return Object.keys(out).length > 0 ? out : undefined;
}

export function RulesFields({ rules, problems, t, onChange }: RulesFieldsProps) {
  const fuzzy = rules.fuzzy;
  return (
    <details class="rules" open={problems.some((p) => p.field.startsWith('match.'))}>
      <summary>{t('rulesTitle')}</summary>
      {LISTS.map(([rule, label]) => {
        const problem = problems.find((p) => p.field === `match.${rule}`);
        const byComma = rule === 'endings';
        const errorId = `f-match-${rule}-error`;
        return (
          <label key={rule} class={problem ? 'field invalid' : 'field'}>
            <span class="field-label">
              {t(label)}
              {!byComma && <span class="hint"> ({t('rulesOnePerLine')})</span>}
            </span>
            {byComma ? (
              <input
                name={`match.${rule}`}
                value={(rules[rule] ?? []).join(', ')}
                aria-invalid={!!problem}
                aria-describedby={problem ? errorId : undefined}
                onChange={(e) => onChange({ ...rules, [rule]: toList((e.target as HTMLInputElement).value, true) })}
              />
            ) : (
              <textarea
                name={`match.${rule}`}
                rows={2}
                value={(rules[rule] ?? []).join('\n')}
                aria-invalid={!!problem}
                aria-describedby={problem ? errorId : undefined}
                onChange={(e) => onChange({ ...rules, [rule]: toList((e.target as HTMLTextAreaElement).value, false) })}
              />
            )}
            {problem && (
              <span class="field-error" id={errorId}>
                {t(problem.message, problem.params)}
              </span>
            )}
          </label>
        );
      })}
      <label class="field">
        <span class="field-label">{t('rulesFuzzy')}</span>
        <select
          name="match.fuzzy"
          value={fuzzy === undefined ? 'default' : fuzzy === false ? 'off' : String(fuzzy)}
          onChange={(e) => {
            const value = (e.target as HTMLSelectElement).value;
            onChange({ ...rules, fuzzy: value === 'default' ? undefined : value === 'off' ? false : Number(value) });
          }}
        >
          <option value="default">{t('rulesFuzzyDefault')}</option>
          <option value="off">{t('rulesFuzzyOff')}</option>
          {[0.1, 0.2, 0.3, 0.4].map((v) => (
            <option key={v} value={String(v)}>
              {Math.round(v * 100)} %
            </option>
          ))}
        </select>
      </label>
    </details>
  );
}
