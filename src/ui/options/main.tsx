import {render} from 'preact';
import '../components/theme.css';
import '../components/page.css';
import './options.css';
import {localizeDocument} from '../components/document';
import {Options} from './options';

localizeDocument('optionsTitle');
render(<Options />, document.getElementById('app')!);
