import { z } from "zod";
import { emailSchema, nameSchema, passwordSchema, roleSchema } from "./common";

export const createOwnerSchema = z.object({ name: nameSchema, email: emailSchema, password: passwordSchema }).strict();
export type CreateOwnerInput = z.infer<typeof createOwnerSchema>;

export const addUserSchema = z
  .object({ name: nameSchema, email: emailSchema, role: roleSchema, password: passwordSchema })
  .strict();
export type AddUserInput = z.infer<typeof addUserSchema>;

export const inviteUserSchema = z.object({ email: emailSchema, role: roleSchema }).strict();
export type InviteUserInput = z.infer<typeof inviteUserSchema>;

export const acceptInvitationSchema = z
  .object({ token: z.string().min(1), name: nameSchema, password: passwordSchema })
  .strict();
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

export const changeUserRoleSchema = z.object({ userId: z.string().min(1), role: roleSchema }).strict();
export type ChangeUserRoleInput = z.infer<typeof changeUserRoleSchema>;

export const setUserDisabledSchema = z.object({ userId: z.string().min(1), disabled: z.boolean() }).strict();
export type SetUserDisabledInput = z.infer<typeof setUserDisabledSchema>;

export const revokeInvitationSchema = z.object({ invitationId: z.string().min(1) }).strict();
export type RevokeInvitationInput = z.infer<typeof revokeInvitationSchema>;

export type UserDto = {
  id: string;
  email: string;
  name: string;
  role: z.infer<typeof roleSchema>;
  disabled: boolean;
  last_sign_in_at: string | null;
  created_at: string;
};

export type InvitationDto = {
  id: string;
  email: string;
  role: z.infer<typeof roleSchema>;
  invited_by: string;
  expires_at: string;
  created_at: string;
};
