import {render} from 'preact';
import '../components/theme.css';
import '../components/page.css';
import './accounts.css';
import {localizeDocument} from '../components/document';
import {AccountsPage} from './accounts-page';

localizeDocument('taPageTitle');
render(<AccountsPage />, document.getElementById('app')!);
