import type { ReactNode } from 'react';
import styles from './ui.module.css';

export function Alert({ kind, title, children }: { kind: 'danger' | 'warning'; title?: string; children?: ReactNode }) {
  return (
    <div role="alert" className={`${styles.alert} ${styles[kind]}`}>
      {title ? <strong>{title}</strong> : null}
      {children}
    </div>
  );
}
