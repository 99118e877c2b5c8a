import {render} from 'preact';
import '../components/theme.css';
import '../components/page.css';
import './popup.css';
import {localizeDocument} from '../components/document';
import {Popup} from './popup';

localizeDocument('popupTitle');
render(<Popup />, document.getElementById('app')!);
