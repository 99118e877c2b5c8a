/** LA-14: a stage action's comments (author, time, text) and the form that adds one. */
import {useState} from 'preact/hooks';
import type {StageAction, StageActionComment} from '../../../core/leads';
import {formatDateTime, t} from '../../../shared/i18n';
import {summaryOf} from './leads-actions-model';

export function Comments({action}: {action: StageAction}) {
  if (action.comments.length === 0) return null;
  return (
    <ul class="la-sa-comments" aria-label={t('laSaComments', summaryOf(action))} data-testid="la-sa-comments">
      {action.comments.map((c, i) => (
        <li key={i}>
          <span class="la-sa-comment-head"><strong>{c.authorId}</strong> <time dateTime={new Date(c.at).toISOString()}>{formatDateTime(c.at)}</time></span>
          <span class="la-sa-comment-text">{c.text}</span>
        </li>
      ))}
    </ul>
  );
}

interface FormProps {
  id: string;
  author: string;
  onAuthor: (author: string) => void;
  onSubmit: (comment: StageActionComment) => void;
  onCancel: () => void;
}

export function CommentForm({id, author, onAuthor, onSubmit, onCancel}: FormProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    if (!author.trim() || !text.trim()) return setError(true);
    onSubmit({authorId: author.trim(), text: text.trim(), at: Date.now()});
  };
  const invalid = (value: string) => error && !value.trim();
  return (
    <form class="la-sa-form" aria-label={t('laSaCommentAdd')} onSubmit={submit}>
      <div class="la-field">
        <label for={`${id}-author`}>{t('laSaCommentAuthor')}</label>
        <input id={`${id}-author`} type="text" autoComplete="name" value={author} aria-invalid={invalid(author)}
          aria-describedby={invalid(author) ? `${id}-error` : undefined} onInput={(e) => onAuthor(e.currentTarget.value)} />
      </div>
      <div class="la-field">
        <label for={`${id}-text`}>{t('laSaCommentText')}</label>
        <textarea id={`${id}-text`} rows={2} value={text} aria-invalid={invalid(text)}
          aria-describedby={invalid(text) ? `${id}-error` : undefined} onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      {error && <p class="la-field-error" id={`${id}-error`} role="alert">{t('laSaErrRequired')}</p>}
      <div class="la-sa-form-buttons">
        <button type="submit" class="btn primary small">{t('laSaCommentAdd')}</button>
        <button type="button" class="btn small" onClick={onCancel}>{t('laSaCancel')}</button>
      </div>
    </form>
  );
}
