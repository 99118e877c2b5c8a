/**
 * Users and teams for ad goals (SPEC data model "Users and teams"; goal "creator (user id, team id)"):
 * who the person using the extension is, their team, and the checks a change of that list must pass.
 * AG-22 filters goals by their creator's team; AG-14 sends notifications only to the creator.
 */
import type {AdGoal, Id} from '../model';

export interface Person {
  id: Id;
  name?: string;
  teamId?: Id;
}
export interface Team {
  id: Id;
  name: string;
}
export interface People {
  currentUserId: Id;
  users: Person[];
  teams: Team[];
}
/** Why a users/teams list is refused: `code` and `args` let a page say it in the user's language; `message` is the English for logs and the CLI. */
export type PeopleErrorCode = 'idEmpty' | 'idTwice' | 'teamName' | 'userName' | 'unknownTeam' | 'meMissing' | 'userInUse' | 'teamInUse' | 'invalid';
export interface PeopleError {
  path: string;
  code: PeopleErrorCode;
  args: string[];
  message: string;
}

const problem = (path: string, code: PeopleErrorCode, message: string, ...args: string[]): PeopleError => ({path, code, args, message});

/** The creator fields a new goal gets: the current user and their team at this moment. */
export function creatorOf(people: People, at: number): Pick<AdGoal, 'ownerId' | 'teamId' | 'createdAt'> {
  const me = people.users.find((u) => u.id === people.currentUserId);
  return {ownerId: people.currentUserId, ...(me?.teamId ? {teamId: me.teamId} : {}), createdAt: new Date(at).toISOString()};
}

/**
 * A new users/teams list is saved only when every error is fixed (nothing half-written): ids present
 * and unique, names given, every user's team known, the current user listed, and no user or team
 * removed while a goal still names it as creator.
 */
export function validatePeople(people: People, goals: readonly Pick<AdGoal, 'id' | 'name' | 'ownerId' | 'teamId'>[]): PeopleError[] {
  const errors: PeopleError[] = [];
  const seen = (list: Array<{id: Id}>, what: 'users' | 'teams') => {
    const ids = new Set<Id>();
    list.forEach((item, i) => {
      if (!item.id.trim()) errors.push(problem(`${what}[${i}].id`, 'idEmpty', 'is empty'));
      else if (ids.has(item.id)) errors.push(problem(`${what}[${i}].id`, 'idTwice', `"${item.id}" is listed twice`, item.id));
      ids.add(item.id);
    });
    return ids;
  };
  const teamIds = seen(people.teams, 'teams');
  const userIds = seen(people.users, 'users');
  people.teams.forEach((team, i) => {
    if (!team.name.trim()) errors.push(problem(`teams[${i}].name`, 'teamName', 'a team needs a name'));
  });
  people.users.forEach((user, i) => {
    if (user.name !== undefined && !user.name.trim()) errors.push(problem(`users[${i}].name`, 'userName', 'a user needs a name'));
    if (user.teamId !== undefined && !teamIds.has(user.teamId)) errors.push(problem(`users[${i}].teamId`, 'unknownTeam', `unknown team "${user.teamId}"`, user.teamId));
  });
  if (!userIds.has(people.currentUserId)) errors.push(problem('currentUserId', 'meMissing', `"${people.currentUserId}" is not in the users list`, people.currentUserId));
  for (const goal of goals) {
    if (goal.ownerId && !userIds.has(goal.ownerId)) errors.push(problem('users', 'userInUse', `user "${goal.ownerId}" created the goal "${goal.name}" and cannot be removed`, goal.ownerId, goal.name));
    if (goal.teamId && !teamIds.has(goal.teamId)) errors.push(problem('teams', 'teamInUse', `team "${goal.teamId}" is the creator's team of the goal "${goal.name}" and cannot be removed`, goal.teamId, goal.name));
  }
  return errors;
}

/** The creator's team of a goal (AG-22): the team stored on the goal, else its creator's current team. */
export function goalTeam(goal: Pick<AdGoal, 'ownerId' | 'teamId'>, users: readonly Person[]): Id | undefined {
  return goal.teamId ?? (goal.ownerId ? users.find((u) => u.id === goal.ownerId)?.teamId : undefined);
}
