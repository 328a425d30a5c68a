import type { SmartCheck } from '../../../shared/domain/smart';

/** Which SMART parts are clear and which are still vague, with what to do about each. */
export function SmartChecklist({ checks, headingId }: { checks: SmartCheck[]; headingId: string }) {
  const vague = checks.filter((c) => !c.ok).length;
  return (
    <section className="smart" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        SMART check
      </h2>
      <p className="smart__summary">
        {vague === 0 ? 'All five parts are clear.' : `${vague} of 5 parts still vague.`}
      </p>
      <ul className="smart__list">
        {checks.map((check) => (
          <li key={check.part} className={check.ok ? 'smart__item smart__item--ok' : 'smart__item'}>
            <span className="smart__mark" aria-hidden="true">
              {check.ok ? '✓' : '•'}
            </span>
            <span>
              <strong>{check.label}</strong>
              <span className="visually-hidden">{check.ok ? ': clear' : ': still vague'}</span>
              {!check.ok && <span className="smart__advice"> — {check.advice}</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
