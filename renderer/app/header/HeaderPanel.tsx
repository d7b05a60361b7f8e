import { useEffect, useRef, useState } from 'react';
import type { Outcome } from '../../../main/api/contract.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { useI18n } from '../i18n/I18nContext.js';
import type { ImageContext } from '../masks/maskTargets.js';
import { usePlan } from '../plan/PlanContext.js';
import { useShortcutHint } from '../shortcuts/useShortcutHint.js';
import { HeaderTable } from './HeaderTable.js';
import { ProfileOptions } from './ProfileOptions.js';
import { useObjectHeader } from './useObjectHeader.js';

export const OUTCOMES: readonly Outcome[] = ['kept', 'replaced', 'emptied', 'removed', 'cleaned'];

/** The header of the object on display with what the profile does to each attribute, filterable. */
export function HeaderPanel({ image, findRequest }: { readonly image: ImageContext | undefined; readonly findRequest: number }) {
  const { t, number } = useI18n();
  const hint = useShortcutHint();
  const { plan } = usePlan();
  const header = useObjectHeader(image?.sopInstanceUid, plan);
  const [text, setText] = useState('');
  const [shown, setShown] = useState<ReadonlySet<Outcome>>(new Set(OUTCOMES));
  const find = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (findRequest > 0) find.current?.focus();
  }, [findRequest]);

  const rows = header.status === 'ready' ? header.rows : [];
  const counts = new Map<Outcome, number>(OUTCOMES.map((o) => [o, rows.filter((r) => r.outcome === o).length]));
  const needle = text.trim().toLowerCase();
  const visible = rows.filter(
    (r) => shown.has(r.outcome) && (!needle || r.name.toLowerCase().includes(needle) || r.tag.toLowerCase().includes(needle) || r.value.toLowerCase().includes(needle)),
  );
  const toggle = (o: Outcome): void => {
    const next = new Set(shown);
    if (next.has(o)) next.delete(o);
    else next.add(o);
    setShown(next);
  };

  return (
    <div className="panel-stack header-panel">
      <ProfileOptions />
      <div className="header-filters">
        <input
          ref={find}
          type="search"
          value={text}
          placeholder={t('app.header.filter')}
          aria-label={t('app.header.filter')}
          title={hint(t('app.header.filter'), 'findAttribute')}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="outcome-filters" role="group" aria-label={t('app.header.outcomes')}>
          {OUTCOMES.map((o) => (
            <button key={o} type="button" className={`chip chip-toggle outcome-${o}`} aria-pressed={shown.has(o)} onClick={() => toggle(o)}>
              {t(`app.outcome.${o}`)} {number(counts.get(o) ?? 0)}
            </button>
          ))}
        </div>
      </div>
      {header.status === 'loading' ? <p className="muted">{t('app.header.loading')}</p> : null}
      {header.status === 'failed' ? <ErrorNotice titleKey="app.error.header" error={header.error} /> : null}
      {header.status === 'ready' ? (
        <>
          <p className="muted small">{t('app.header.count', { shown: number(visible.length), total: number(rows.length) })}</p>
          <HeaderTable rows={visible} />
        </>
      ) : null}
    </div>
  );
}
