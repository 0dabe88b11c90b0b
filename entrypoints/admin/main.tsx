import { render } from 'preact';
import '../../components/common/theme.css';
import './admin.css';
import { AdminApp } from './admin-app';

render(<AdminApp />, document.getElementById('app')!);
