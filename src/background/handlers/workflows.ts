/** Handlers of the workflows capability's messages (src/shared/protocol/workflows.ts). */
import type {workflowsProtocol} from '../../shared/protocol/workflows';
import type {HandlersFor} from '../router';
import type {HandlerDeps} from './deps';

export function workflowsHandlers(_deps: HandlerDeps): HandlersFor<typeof workflowsProtocol> {
  return {};
}
