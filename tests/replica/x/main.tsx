/** @jsxImportSource react */
// Entry of the X replica bundle (served as an external script: x.com's CSP allows no inline script).
import { render } from 'react-dom';
import { readReplicaOptions } from '../shared/options';
import { installReplicaApi } from '../shared/replica-api';
import { XApp } from './x-app';

const options = readReplicaOptions(document);
installReplicaApi(options.scenario);
// Legacy root on purpose: draft-js 0.11.7 predates React 18's concurrent rendering.
render(<XApp options={options} />, document.getElementById('react-root'));
