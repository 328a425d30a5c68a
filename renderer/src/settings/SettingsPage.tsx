import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract';
import { THEMES, type Settings, type ThemePreference } from '../../../shared/domain/records';
import { useSettings } from '../app/useSettings';
import { saveSetting } from '../db/repo/settings';
import { platform } from '../platform';
import { LessonsSetting } from '../insights/LessonsSetting';
import { PrivacySettings } from '../privacy/PrivacySettings';
import { ReminderSetting } from './ReminderSetting';
import { SyncPanel } from './SyncPanel';

const THEME_LABELS: Record<ThemePreference, string> = {
  system: 'Match the system',
  light: 'Light',
  dark: 'Dark',
};

const WEEK_STARTS: { value: Settings['weekStart']; label: string }[] = [
  { value: 1, label: 'Monday' },
  { value: 0, label: 'Sunday' },
  { value: 6, label: 'Saturday' },
];

function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    void platform.appInfo().then((value) => live && setInfo(value));
    return () => {
      live = false;
    };
  }, []);
  return info;
}

export function SettingsPage() {
  const settings = useSettings();
  const info = useAppInfo();
  const [error, setError] = useState<string | null>(null);

  const save = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    saveSetting(key, value).then(
      () => setError(null),
      (cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)),
    );
  };

  if (!settings) return <div className="page" aria-busy="true" />;

  return (
    <div className="page">
      <header className="page__header">
        <h1>Settings</h1>
      </header>
      {error && (
        <p className="callout callout--error" role="alert">
          {error}
        </p>
      )}

      <section className="card form-card" aria-labelledby="you-heading">
        <h2 id="you-heading">You</h2>
        <label className="field">
          <span className="field__label">Your name</span>
          <span className="field__hint">Used in greetings and in what you export for a coach.</span>
          <NameInput value={settings.name} onSave={(name) => save('name', name)} />
        </label>
        <label className="field">
          <span className="field__label">Week starts on</span>
          <select
            value={settings.weekStart}
            onChange={(e) => save('weekStart', Number(e.target.value) as Settings['weekStart'])}
          >
            {WEEK_STARTS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </section>

      <section className="card form-card" aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">Appearance</h2>
        <fieldset className="field">
          <legend className="field__label">Theme</legend>
          <div className="segmented">
            {THEMES.map((theme) => (
              <label key={theme} className="segmented__option">
                <input
                  type="radio"
                  name="theme"
                  value={theme}
                  checked={settings.theme === theme}
                  onChange={() => save('theme', theme)}
                />
                <span>{THEME_LABELS[theme]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </section>

      <ReminderSetting />

      <LessonsSetting value={settings.resurfaceLessons} />
      <PrivacySettings name={settings.name} />
      <SyncPanel />

      <section className="card form-card" aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p>
          Grove keeps everything on this device and sends nothing anywhere. Your journal lives in{' '}
          {info?.dataPath ? (
            <>
              the app’s storage in <code>{info.dataPath}</code>
            </>
          ) : (
            'this browser’s private storage (IndexedDB) for this site'
          )}
          .
        </p>
        {info && (
          <p className="muted">
            {info.name} {info.version} · {info.platform === 'desktop' ? 'Desktop app' : 'Web mode'}
          </p>
        )}
      </section>
    </div>
  );
}

/** Keeps typing smooth: the field holds its own text and saves when it changes. */
function NameInput({ value, onSave }: { value: string; onSave: (name: string) => void }) {
  const [text, setText] = useState(value);
  return (
    <input
      type="text"
      value={text}
      maxLength={120}
      autoComplete="name"
      onChange={(e) => {
        setText(e.target.value);
        onSave(e.target.value);
      }}
    />
  );
}
