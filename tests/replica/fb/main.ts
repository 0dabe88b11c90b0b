// Entry of the Facebook replica bundle (served as an external script, like Facebook's own).
import { readReplicaOptions } from '../shared/options';
import { installReplicaApi } from '../shared/replica-api';
import { renderFacebook } from './fb-app';

const options = readReplicaOptions(document);
installReplicaApi(options.scenario);
renderFacebook(document.getElementById('mount')!, options);
