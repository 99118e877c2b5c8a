/** The CRM shell: skip link, top bar, left navigation and the routed main area. */
import type {Signal} from '@preact/signals';
import {useEffect} from 'preact/hooks';
import {currentUserId, db, setCurrentUser} from '../data/store';
import type {RecordType} from '../data/types';
import {pathFor, type Route} from '../router';
import {ListPage} from './ListPage';
import {NotFound, RecordPage} from './RecordPage';

const NAV: Array<{type: RecordType; label: string}> = [
  {type: 'company', label: 'Companies'},
  {type: 'contact', label: 'Contacts'},
  {type: 'lead', label: 'Leads'},
  {type: 'deal', label: 'Deals'},
];

interface Props {
  route: Signal<Route>;
  pageKey: Signal<string>;
  isFirstRender: () => boolean;
}

export function App({route, pageKey, isFirstRender}: Props) {
  const current = route.value;
  const activeType = current.page === 'list' || current.page === 'record' ? current.type : undefined;

  // After in-app navigation, move focus to the new page's heading so screen readers announce it.
  useEffect(() => {
    if (!isFirstRender()) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [pageKey.value]);

  return (
    <>
      <a class="skip-link" href="#main">Skip to main content</a>
      <div class="shell">
        <header class="topbar">
          <a class="brand" href="/companies">
            <svg aria-hidden="true" viewBox="0 0 32 32" width="26" height="26"><rect width="32" height="32" rx="8" fill="currentColor" /><path d="M6 21c4-6 8-6 10-3s6 3 10-3v8H6z" fill="var(--surface)" /></svg>
            <span>Fjord CRM</span>
          </a>
          <span class="demo-badge">Demo</span>
          <UserSwitcher />
        </header>
        <nav class="sidenav" aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.type}>
                <a href={pathFor(item.type)} aria-current={activeType === item.type ? 'page' : undefined} data-testid={`nav-${item.type}`}>
                  <NavIcon type={item.type} />
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <Page key={pageKey.value} route={current} />
      </div>
    </>
  );
}

function Page({route}: {route: Route}) {
  if (route.page === 'list') return <ListPage type={route.type} />;
  if (route.page === 'record') return <RecordPage type={route.type} id={route.id} />;
  return <NotFound what={route.page === 'notFound' ? route.path : ''} />;
}

function UserSwitcher() {
  return (
    <div class="user-switcher">
      <label for="signed-in-as">Signed in as</label>
      <select id="signed-in-as" data-testid="current-user" value={currentUserId.value} onChange={(e) => setCurrentUser(e.currentTarget.value)}>
        {db.value.users.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
    </div>
  );
}

const ICON_PATHS: Record<RecordType, string> = {
  company: 'M4 20V6l6-2v4l6-2v14H4zm3-3h2v-2H7v2zm0-4h2v-2H7v2zm5 4h2v-2h-2v2zm0-4h2v-2h-2v2z',
  contact: 'M12 12a4 4 0 100-8 4 4 0 000 8zm-7 8c0-3.3 3.1-6 7-6s7 2.7 7 6H5z',
  lead: 'M4 5h16l-6 7v6l-4 2v-8L4 5z',
  deal: 'M12 3l2.6 5.6L21 9.3l-4.6 4.3 1.2 6.2L12 16.8 6.4 19.8l1.2-6.2L3 9.3l6.4-.7L12 3z',
};

const NavIcon = ({type}: {type: RecordType}) => (
  <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
    <path d={ICON_PATHS[type]} fill="currentColor" />
  </svg>
);
