/**
 * The fail-soft notice: when a CRM page lacks the places Goalpost hangs its widgets on, the user gets
 * one small, dismissible note in a corner, and the CRM page stays exactly as it was.
 */
import {render} from 'preact';
import theme from '../ui/components/theme.css?inline';
import {t} from '../shared/i18n';
import {mountWidget, widgetContainer} from './dom/mount';

const css = `
.note { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; max-width: 320px; display: flex; gap: 10px; align-items: flex-start;
  font: 13px/1.45 var(--gp-font); color: var(--gp-text); background: var(--gp-bg); border: 1px solid var(--gp-border); border-left: 4px solid var(--gp-warn);
  border-radius: var(--gp-radius); padding: 10px 12px; box-shadow: 0 4px 16px rgb(0 0 0 / 18%); }
p { margin: 0; flex: 1; }
button { font: inherit; cursor: pointer; border: 1px solid var(--gp-border); background: var(--gp-surface); color: var(--gp-text); border-radius: 6px; padding: 2px 8px; }
button:focus-visible { outline: 2px solid var(--gp-focus); outline-offset: 2px; }`;

export function showCantReadNotice(signal: AbortSignal): void {
  const root = mountWidget(document.body, {id: 'notice', signal, css: theme + css});
  const container = widgetContainer(root);
  const close = () => render(null, container);
  render(
    <div class="note" role="status">
      <p>{t('noticeCantRead')}</p>
      <button type="button" onClick={close}>{t('noticeDismiss')}</button>
    </div>,
    container,
  );
}
