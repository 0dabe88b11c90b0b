import { render } from 'preact';
import '../../components/common/theme.css';
import '../../components/settings/options.css';
import '../../components/guidance/guidance.css';
import { OptionsApp } from '../../components/settings/options-app';

render(<OptionsApp hash={location.hash} />, document.getElementById('app')!);
