import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './ui.module.css';

// A modal confirmation: says what will happen, takes the focus (and gives it back), Escape or
// Cancel closes it, Tab stays inside. Nothing happens until the confirm button is pressed.
export function ConfirmDialog(props: {
  title: string;
  confirmLabel: string;
  busy?: boolean;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const { onCancel } = props;

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>('select, input, textarea, button');
    first?.focus();
    return () => opener?.focus?.();
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>('select, input, textarea, button:not([disabled])')];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <div className={styles.backdrop}>
      <div ref={ref} role="dialog" aria-modal="true" aria-labelledby={titleId} className={styles.dialog} onKeyDown={onKeyDown}>
        <h2 id={titleId} className={styles.dialogTitle}>
          {props.title}
        </h2>
        {props.children}
        <div className={styles.dialogActions}>
          <button
            type="button"
            className={`${styles.button} ${props.danger ? styles.dangerButton : ''}`}
            disabled={props.busy}
            onClick={props.onConfirm}
          >
            {props.confirmLabel}
          </button>
          <button type="button" className={`${styles.button} ${styles.secondary}`} onClick={props.onCancel}>
            {t('cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
