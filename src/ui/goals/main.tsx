import {render} from 'preact';
import '../components/theme.css';
import '../components/page.css';
import './goals.css';
import {localizeDocument} from '../components/document';
import {GoalsPage} from './goals-page';

localizeDocument('agPageTitle');
render(<GoalsPage />, document.getElementById('app')!);
