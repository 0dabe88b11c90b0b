import { render } from 'preact';

render(<main>Guidepost</main>, document.getElementById('app')!);
