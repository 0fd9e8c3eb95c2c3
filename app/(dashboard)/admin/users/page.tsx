import type { Metadata } from "next";

import { MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listUsers } from "@/lib/users/list-users";

import { CreateUserForm } from "./create-user-form";
import { EditUserForm } from "./edit-user-form";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requireActor(["admin"]);
  const listed = await listUsers({ db: await getDb(), actor });
  // requireActor let only admins through, and listUsers rejects only non-admins.
  if (!listed.ok) throw new Error(listed.error.message);

  return (
    <>
      <h1>Users</h1>
      <p className="muted admin-intro">
        Deactivated users cannot sign in; their leads and history stay. The first admin of an installation is created with{" "}
        <code>npm run users -- create</code>.
      </p>

      <section className="panel" aria-labelledby="create-user-heading">
        <h2 id="create-user-heading">Add a user</h2>
        <CreateUserForm minPasswordLength={MIN_PASSWORD_LENGTH} />
      </section>

      <section className="panel" aria-labelledby="user-list-heading">
        <h2 id="user-list-heading">All users ({listed.value.length})</h2>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Countries</th>
              <th scope="col">Access</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {listed.value.map((user) => (
              <tr key={user.id}>
                <td>{user.email}</td>
                <td>
                  {user.name}
                  {user.id === actor.id ? <span className="muted"> (you)</span> : null}
                </td>
                <td>{ROLE_LABELS[user.role]}</td>
                <td>{user.countries.length > 0 ? user.countries.join(", ") : <span className="muted">none</span>}</td>
                <td>{user.active ? <span className="badge badge--ok">Active</span> : <span className="badge badge--inactive">Deactivated</span>}</td>
                <td>
                  <details className="user-edit">
                    <summary>
                      Edit<span className="visually-hidden"> {user.email}</span>
                    </summary>
                    <EditUserForm user={user} isSelf={user.id === actor.id} />
                    <ResetPasswordForm user={user} minPasswordLength={MIN_PASSWORD_LENGTH} />
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
