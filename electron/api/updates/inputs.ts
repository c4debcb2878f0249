import { empty } from '../schemas';

export const updateInputs = {
  getUpdateStatus: empty,
  checkForUpdates: empty,
  installUpdate: empty,
};
