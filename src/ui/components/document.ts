import {t, uiLanguage, type MessageKey} from '../../shared/i18n';

/** Sets the page's language, direction and title from the UI locale. */
export function localizeDocument(titleKey: MessageKey): void {
  document.documentElement.lang = uiLanguage();
  document.documentElement.dir = globalThis.chrome?.i18n?.getMessage('@@bidi_dir') || 'ltr';
  document.title = t(titleKey);
}
