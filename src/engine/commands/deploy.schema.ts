/** `deploy`'s arguments as scripts, imports and messages write them (deploy.ts is the command). */
import { z } from '../../zod';
import { appSettingsShape } from '../schema/appSettings';
import { commandSchema, serviceArg } from './args';
import type { CommandSchema } from './definition';
import type { WrittenDeploy } from './deploy';

export const deploySchema: CommandSchema<WrittenDeploy> = commandSchema('deploy', {
  service: serviceArg,
  image: z.string().min(1).optional().meta({ description: 'New image of the load-balanced container.' }),
  ...appSettingsShape,
});
