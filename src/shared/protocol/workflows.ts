/** Messages of the workflows capability (merged into the protocol by ./domains.ts). */
import type {ProtocolMap} from './index';

export const workflowsProtocol = {} as const satisfies ProtocolMap;
