/**
 * The capabilities' message maps, merged into the one protocol. Each lives in its own file so the
 * capabilities can grow without touching each other; names are `noun/verb` and must not collide
 * (tests/unit/protocol.test.ts checks).
 */
import {accountsProtocol} from './accounts';
import {adgoalsProtocol} from './adgoals';
import {crmsProtocol} from './crms';
import {dataProtocol} from './data';
import {importsProtocol} from './imports';
import {leadsProtocol} from './leads';
import {workflowsProtocol} from './workflows';

export const domainProtocolList = [workflowsProtocol, leadsProtocol, adgoalsProtocol, accountsProtocol, dataProtocol, importsProtocol, crmsProtocol] as const;
export const domainProtocols = {...workflowsProtocol, ...leadsProtocol, ...adgoalsProtocol, ...accountsProtocol, ...dataProtocol, ...importsProtocol, ...crmsProtocol};
