/** Every message's handler, one file per capability. */
import type {Handlers} from '../router';
import {accountsHandlers} from './accounts';
import {adgoalsHandlers} from './adgoals';
import {crmsHandlers} from './crms';
import {dataHandlers} from './data';
import type {HandlerDeps} from './deps';
import {foundationHandlers} from './foundation';
import {importsHandlers} from './imports';
import {leadsHandlers} from './leads';
import {workflowsHandlers} from './workflows';

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...foundationHandlers(deps.now),
    ...workflowsHandlers(deps),
    ...leadsHandlers(deps),
    ...adgoalsHandlers(deps),
    ...accountsHandlers(deps),
    ...dataHandlers(deps),
    ...crmsHandlers(deps),
    ...importsHandlers(deps),
  };
}
