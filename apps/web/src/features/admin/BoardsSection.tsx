import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardKind } from '../../gql/graphql';
import { LANGUAGES } from '../../lib/i18n/languages';
import { Field } from '../../ui/Field';
import ui from '../../ui/ui.module.css';
import { Outcome, useOutcome } from './Outcome';
import styles from './admin.module.css';
import { useCreateBoard } from './useAdminMutations';

const KINDS: BoardKind[] = ['QUESTIONS', 'ANNOUNCEMENTS'];

// Create a board. Boards of the same topic in each language share a topic key: that is how a
// board finds its sibling in the other language.
export function BoardsSection() {
  const { t } = useTranslation('admin');
  const create = useCreateBoard();
  const outcome = useOutcome();
  const [form, setForm] = useState({
    name: '',
    slug: '',
    topicKey: '',
    locale: 'zh-CN',
    kind: 'QUESTIONS' as BoardKind,
    description: '',
    position: '',
  });
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  return (
    <section id="boards" aria-labelledby="admin-boards" className={`${ui.card} ${styles.section}`}>
      <h2 id="admin-boards">{t('boards.title')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const input = {
            name: form.name.trim(),
            slug: form.slug.trim(),
            topicKey: form.topicKey.trim() || form.slug.trim(),
            locale: form.locale,
            kind: form.kind,
            description: form.description.trim() || null,
            position: form.position ? Number(form.position) : null,
          };
          void outcome.attempt(() => create.run(input), t('boards.created', { name: input.name, locale: input.locale }));
        }}
      >
        <div className={styles.row}>
          <Field label={t('boards.name')}>{(props) => <input {...props} value={form.name} onChange={set('name')} required />}</Field>
          <Field label={t('boards.slug')} hint={t('boards.slugHint')}>
            {(props) => <input {...props} value={form.slug} onChange={set('slug')} required pattern="[a-z0-9\-]+" />}
          </Field>
          <Field label={t('boards.topicKey')} hint={t('boards.topicKeyHint')}>
            {(props) => <input {...props} value={form.topicKey} onChange={set('topicKey')} />}
          </Field>
        </div>
        <div className={styles.row}>
          <Field label={t('boards.locale')}>
            {(props) => (
              <select {...props} value={form.locale} onChange={set('locale')}>
                {LANGUAGES.map((code) => (
                  <option key={code} value={code}>
                    {t(`locale.${code}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('boards.kind')}>
            {(props) => (
              <select {...props} value={form.kind} onChange={set('kind')}>
                {KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`boards.kinds.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('boards.position')} hint={t('boards.positionHint')}>
            {(props) => <input {...props} type="number" min={0} value={form.position} onChange={set('position')} />}
          </Field>
        </div>
        <Field label={t('boards.description')}>
          {(props) => <textarea {...props} rows={2} value={form.description} onChange={set('description')} />}
        </Field>
        <button type="submit" className={ui.button} disabled={create.loading || !form.name.trim() || !form.slug.trim()}>
          {t('boards.create')}
        </button>
      </form>
      <Outcome done={outcome.done} failure={outcome.failure} />
    </section>
  );
}
