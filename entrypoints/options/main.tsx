import { render } from 'preact';

render(<main>Guidepost settings</main>, document.getElementById('app')!);
