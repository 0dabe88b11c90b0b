import { render } from 'preact';
import '../../components/common/theme.css';
import '../../components/popup/popup.css';
import '../../components/guidance/guidance.css';
import { PopupApp } from '../../components/popup/popup-app';

render(<PopupApp search={location.search} />, document.getElementById('app')!);
