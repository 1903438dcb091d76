/**
 * Generated from openapi.json by openapi-typescript: do not edit. Regenerate with `npm run api:types`;
 * test/api-schema.test.ts fails when this file no longer matches the document.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check health
         * @description Answers 200 when this process can reach its database (and says which kind), 503 when it cannot.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign up
         * @description Creates a client account with its company (the caller becomes its admin) or a worker account and emails a link to confirm the address; then log in. The answer is 202 whether or not the email already has an account (its owner is emailed instead), so it reveals nothing. Limited per source address (429 with `Retry-After`).
         */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an email address
         * @description Confirms the address with the token from the sign-up email; other confirmation links stop working. Until then an account can log in and fill its profile but not send, accept or apply (403 `email_unverified`).
         */
        post: operations["verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/verification-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the confirmation link again
         * @description Emails a new link to confirm the signed-in user's address (nothing when already confirmed). A few an hour (429 with `Retry-After`).
         */
        post: operations["resendVerificationEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in
         * @description Starts a browser session (the `wl_session` cookie) for an email and password. Repeated failures are slowed down and answered 429 with `Retry-After`.
         */
        post: operations["logIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out
         * @description Ends the current session. API keys are not affected.
         */
        post: operations["logOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a password reset
         * @description Emails a reset link to the address if it has an account. The answer is the same whether it has one or not.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset the password
         * @description Sets a new password with the token from a reset email. Every session ends, other reset links stop working and the user's API keys are revoked.
         */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current session, if any
         * @description The signed-in account as `getMe` gives it, or `me: null` when nobody is signed in: always 200, so a page can ask who is there without a failed request. A revoked API key is still refused with 401.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The signed-in user: name, email, account type, company and role.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update my account
         * @description Changes the signed-in user's display name and/or the IANA time zone they read times in (`null`: a worker's profile zone, else the browser's); only the fields sent change.
         */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password
         * @description Changes the password after checking the current one; the user's other sessions end, and with `revokeApiKeys` so do their API keys.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my API keys
         * @description The signed-in user's API keys: name, prefix, when created and last used, and whether revoked.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates a key that acts as the signed-in user. The secret is in this answer only; store it, it cannot be shown again.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an API key
         * @description The key stops working at once. Cannot be undone.
         */
        post: operations["revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the company's members
         * @description Everyone in the caller's company, with role.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a member's role
         * @description An admin makes a member admin, manager, finance or viewer. The last admin cannot step down.
         */
        patch: operations["changeMemberRole"];
        trace?: never;
    };
    "/api/v1/members/{userId}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a member
         * @description An admin removes a member: their account closes and their sessions end. The last admin cannot be removed.
         */
        post: operations["removeMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List team invitations
         * @description Open and past invitations to join the caller's company (admins only).
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite a teammate
         * @description An admin emails an invitation to join the company with a role; the link is valid for 14 days.
         */
        post: operations["inviteMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a team invitation
         * @description The invitation's link stops working.
         */
        post: operations["revokeInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview a team invitation
         * @description What an invitation link offers (company, role, inviter), for the page that accepts it.
         */
        get: operations["previewInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a team invitation
         * @description Creates the invitee's account in the inviting company with the offered role and starts a session.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find users (staff)
         * @description Staff search every account by name or email, a page at a time.
         */
        get: operations["listUsersForStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the policies
         * @description Each policy (terms of service, community guidelines, …), its current version and whether the caller accepted it.
         */
        get: operations["getPolicyOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept policies
         * @description Records that the caller accepted the named policy versions. Sending, accepting and applying need them.
         */
        post: operations["acceptPolicies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a policy
         * @description The current version of one policy, with what changed since the version the caller last accepted.
         */
        get: operations["getPolicyDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{kind}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a policy version
         * @description One published version of a policy.
         */
        get: operations["getPolicyVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{kind}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a policy version (staff)
         * @description Staff publish a new version; everyone is asked to accept it again before their next commitment.
         */
        post: operations["publishPolicyVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suggest cities
         * @description Cities whose name starts with `q` (accents and case ignored), largest first, optionally in one `country`: what the address forms suggest as a person types. Each carries the region, country and coordinates a location may use; sending only an address works too, since the server geocodes it from the same data.
         */
        get: operations["suggestPlaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get my company
         * @description The caller's company: its profile and the settings new assignments start from.
         */
        get: operations["getMyCompany"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the company profile
         * @description An admin edits the company's name, about text, industry, website, headquarters and time zone.
         */
        patch: operations["updateCompany"];
        trace?: never;
    };
    "/api/v1/companies/me/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the company settings
         * @description An admin sets the defaults new assignments start from: payment terms, auto-approval hours, the suggested late-cancellation fee, when workers confirm, and the currency.
         */
        patch: operations["updateCompanySettings"];
        trace?: never;
    };
    "/api/v1/companies/me/payment-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the payment settings
         * @description An admin or finance member turns secured funds on or off. When on, assigning a worker moves the assignment's maximum spend from the available funds to committed funds (refused with 422 `insufficient_funds` when they are short); cancelling or voiding releases it, and paying the invoice uses it first. Workers see `fundsSecured` on the assignment.
         */
        patch: operations["updatePaymentSettings"];
        trace?: never;
    };
    "/api/v1/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a company's public profile
         * @description What workers see about a client company before taking its work.
         */
        get: operations["getPublicCompany"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find companies (staff)
         * @description Staff search every client company by part of its name (or its exact id), A to Z, a page at a time. Each carries its plan and platform fee now, its payment terms in days and whether it secures funds.
         */
        get: operations["listCompaniesForStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a company (staff)
         * @description One client company for staff: its plan and platform fee now, payment terms and secured-funds setting, with `plans`, every plan a staff admin may put it on (`setCompanyPlan`) and the fee each charges now. 404 for an unknown company.
         */
        get: operations["getCompanyForStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/companies/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a company's plan
         * @description A staff admin puts a company on the `standard` or `enterprise` plan. The plan sets the platform fee (basis points configured per plan on the server) that each invoice opened from then on adds; invoices already open keep the rate they were opened with. Members see the plan and its fee on `getMyCompany`, and the assignment form shows it before sending. Recorded as `company.plan_changed`; setting the plan the company is already on changes nothing. 404 for an unknown company.
         */
        put: operations["setCompanyPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my blocks
         * @description The blocks the caller's side made: a worker's blocked companies, or the workers the caller's company blocked. A block the other side made is never listed.
         */
        get: operations["listBlocks"];
        put?: never;
        /**
         * Block a company or a worker
         * @description A worker names a `companyId`; a company admin or manager names a `workerId`. From then on the pair cannot send, invite, apply, accept, request or message each other (403 `blocked`, the same words whichever side blocked), and the worker's inbox and talent pools leave out the other's new work. Work already assigned continues to its end. Blocking a pair already blocked answers the same block (200). The blocked side is not told.
         */
        post: operations["createBlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blocks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unblock
         * @description The side that blocked lifts its block; the pair can work together again unless the other side blocked too. Lifting a block already lifted answers the same.
         */
        delete: operations["removeBlock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get my worker profile
         * @description The signed-in worker's profile, including the exact home location only they can see.
         */
        get: operations["getMyWorkerProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update my worker profile
         * @description Headline, bio, skills, industries, hourly rate, home location, travel radius and time zone; clients find and invite workers by them.
         */
        patch: operations["updateWorkerProfile"];
        trace?: never;
    };
    "/api/v1/workers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a worker's public profile
         * @description What anyone sees about a worker: headline, bio, skills and home city, never the address or coordinates.
         */
        get: operations["getPublicWorker"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my notifications
         * @description The caller's in-app notifications, newest first, each with the link of the record it is about; `unread=true` leaves out what was read. `unreadCount` is the bell's number.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark notifications read
         * @description `{ id }` marks one of the caller's notifications read, `{ all: true }` every unread one; answers the new unread count.
         */
        post: operations["markNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream my notifications live
         * @description Server-Sent Events (`text/event-stream`): first `unread` with the caller's unread count, then one `notification` per new entry as it is written, by whichever server process wrote it (PostgreSQL LISTEN/NOTIFY, a poll as the fallback). The server ends the stream after `maxSeconds` (default 900); EventSource reconnects by itself.
         */
        get: operations["streamNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get my notification preferences
         * @description For every notification type: `in_app`, `email`, `both` (the default) or `none`, and whether its emails are gathered into a daily `digest`. Security emails (password reset, a new API key) are listed `locked`: always sent.
         */
        get: operations["getNotificationPreferences"];
        /**
         * Change my notification preferences
         * @description Sets the channel and digest choice of the types given; the others keep theirs. Security emails are not a type here and cannot be switched off. Answers every type.
         */
        put: operations["updateNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description The company's endpoints with the event types each receives. Secrets are never listed: each endpoint carries `secretHint`, the secret's last 4 characters. Company admins only.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register a webhook endpoint
         * @description Registers a URL to receive the chosen event types (see the document's `webhooks` section). The answer holds the signing `secret` (`whsec_…`) this once: keep it to verify deliveries with any Standard Webhooks library (every other answer carries only `secretHint`). A retry with the same Idempotency-Key answers the same body, to the same user only. Only http(s) addresses on public networks are accepted (422 `webhook_url_not_allowed`, `webhook_url_private`, `webhook_url_unresolvable`); the address is checked again at every delivery.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Nothing more is sent to it; waiting deliveries are marked failed.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change or disable a webhook endpoint
         * @description Changes the URL, the event types or the description; `enabled: false` stops deliveries (waiting ones are marked failed), `enabled: true` starts them again after an automatic disabling.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a webhook signing secret
         * @description Answers a new secret this once (a retry with the same Idempotency-Key, by the same user, answers it again; every other answer carries only `secretHint`). For 24 hours deliveries carry two signatures (new and old) in `webhook-signature`, so a receiver can switch without refusing a delivery.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Queues one `webhook.test` delivery to this endpoint, whatever event types it chose, and answers it (202, `pending`); follow it in the delivery log. One attempt, not retried. 409 `webhook_disabled` when disabled.
         */
        post: operations["sendWebhookTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an endpoint's deliveries
         * @description The delivery log, newest first: each message with its status, its body and its latest attempts (the receiver's status and the first 2 KB of its answer, or why no answer came). Failed attempts are retried with exponential backoff (10 s, 40 s, 160 s, … at most 12 h apart) for 3 days; an endpoint that fails for 3 days is disabled and the company's admins are told.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay a delivery
         * @description Sends the same message again, with the same `webhook-id` and body, through the queue (202); one attempt, logged as `replay`. 409 `webhook_disabled` when the endpoint is disabled.
         */
        post: operations["replayWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my credentials
         * @description The signed-in worker's certifications, licences, insurance and screenings, each with its status (pending, verified, rejected, expired) and every review of it.
         */
        get: operations["listMyCredentials"];
        put?: never;
        /**
         * Add a credential
         * @description A worker adds a certification, a licence (number, issuing region, expiry), insurance (type, coverage, expiry) or a background or drug screening (date, provider). It is pending until a company or Worklane staff verifies it; upload its document next.
         */
        post: operations["addCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a credential's document
         * @description For the worker who added it, client companies and staff.
         */
        get: operations["downloadCredentialDocument"];
        put?: never;
        /**
         * Upload a credential's document
         * @description The credential's scan or photo (multipart, part `file`; the type is read from the bytes). Sending another replaces it.
         */
        post: operations["uploadCredentialDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a credential
         * @description A company admin or manager verifies it for the company's own use; Worklane staff (admin, trust & safety) verify it for every company. A company's own review wins over staff's for that company. The worker is told by email.
         */
        post: operations["verifyCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a credential
         * @description Like verifying, with the reason the worker reads. A rejected credential meets no requirement for the reviewer's company (staff: every company without its own review).
         */
        post: operations["rejectCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{workerId}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a worker's credentials
         * @description One worker's credentials as a client company (its own reviews and staff's, never another company's) or staff see them; a worker may read only their own.
         */
        get: operations["listWorkerCredentials"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requirement-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List requirement sets
         * @description The company's own requirement sets, by name.
         */
        get: operations["listRequirementSets"];
        put?: never;
        /**
         * Create a requirement set
         * @description A named list of requirements (credential kinds, licence region, insurance coverage, screening age, industry, skill, country, distance from the assignment) to attach to assignments. Each requirement is checked per worker with a reason.
         */
        post: operations["createRequirementSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requirement-sets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a requirement set
         * @description One of the company's requirement sets.
         */
        get: operations["getRequirementSet"];
        /**
         * Replace a requirement set
         * @description Replaces the name, description and requirements; assignments using the set check the new rules from now on.
         */
        put: operations["updateRequirementSet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-pools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List talent pools
         * @description For a company, its own pools with every member and their status; for a worker, public and invitation-only pools and those they were invited to or belong to, each with their own membership and the pool's requirements checked for them.
         */
        get: operations["listTalentPools"];
        put?: never;
        /**
         * Create a talent pool
         * @description A public (anyone may apply), invitation-only (listed to every worker with its requirements, joined only by invitation) or private (seen only by those invited) group of workers, optionally gated by one of the company's requirement sets; applicants who meet it join at once (`autoJoin`) or wait for approval. Members who stop meeting it are flagged and removed after `graceDays`.
         */
        post: operations["createTalentPool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-pools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a talent pool
         * @description One pool as the caller may see it (see the list).
         */
        get: operations["getTalentPool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-pools/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply to a talent pool
         * @description A worker applies to a public pool or answers an invitation (an invitation-only pool without one: 403 `forbidden`). Refused with 403 `requirements_not_met` naming each requirement not met, unless the company overrode it for them.
         */
        post: operations["applyToTalentPool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-pools/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite a worker to a pool
         * @description The worker is told by email and joins by applying (the pool's requirements still apply).
         */
        post: operations["inviteToTalentPool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-pools/{id}/members/{workerId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve an applicant
         * @description A pending applicant becomes a member.
         */
        post: operations["approvePoolMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-pools/{id}/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Override a pool's requirements for a worker
         * @description Lets one worker join although they do not meet the pool's set, with the reason recorded in the pool's history.
         */
        post: operations["overridePoolRequirements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-pools/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write to every member of a pool
         * @description An email to each member of the pool (members in their grace period too; not those invited, waiting for approval or removed), from the company's admins and managers; the subject and text are kept in the pool's history. A member in a block with the company is left out (counted in `blocked`). Send an Idempotency-Key so a retry does not write twice.
         */
        post: operations["messagePoolMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-tests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List skill tests
         * @description For a company, its own tests (drafts too) with their answers; for a worker, the published tests they were invited to, took, or that belong to a pool they may see, without answers, with `start` in `actions` when they may start and `retakeAt` when they must wait.
         */
        get: operations["listSkillTests"];
        put?: never;
        /**
         * Create a skill test
         * @description A company admin or manager writes a test of single-choice, multiple-choice, numeric (with a tolerance) and short-text questions, with a pass mark in %, a time limit in minutes, the days to wait before a retake (null: one attempt) and whether workers see the right answers once their score is final. It stays a draft until published.
         */
        post: operations["createSkillTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-tests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a skill test
         * @description One test as the caller may see it; `key` (the right answers) is sent to the test's company only.
         */
        get: operations["getSkillTest"];
        /**
         * Edit a draft skill test
         * @description Replaces a draft's title, questions, answers and settings (the whole test, as on creation). A published test is fixed, because its attempts were marked against its questions and requirement sets count those scores: editing one answers 409 `invalid_transition` with `duplicate`, the route that copies it into a new draft to edit and publish.
         */
        put: operations["updateSkillTest"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-tests/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Duplicate a skill test as a new draft
         * @description Copies a test (published or not) into a new draft with the same questions, answers and settings, titled "… (new version)", with no invitations or attempts. Requirement sets keep naming the original until the company points them at the new test.
         */
        post: operations["duplicateSkillTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-tests/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a skill test
         * @description Fixes the questions and opens the test to invited workers and the applicants of its pool.
         */
        post: operations["publishSkillTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-tests/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite workers to a skill test
         * @description Each newly invited worker is told by email; inviting a worker again changes nothing.
         */
        post: operations["inviteToSkillTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-tests/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List attempts at a skill test
         * @description Every attempt for the test's company; a worker's own attempts for a worker.
         */
        get: operations["listSkillTestAttempts"];
        put?: never;
        /**
         * Start a skill test
         * @description Starts a sitting: its `deadline` is now plus the time limit, and answers after it are refused. Refused with 409 `conflict` while a sitting is open, when the test allows one attempt, or before the retake wait ends (`retakeAt` names the time).
         */
        post: operations["startSkillTestAttempt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-test-attempts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a skill test attempt
         * @description The worker's own attempt, or any attempt at the company's test. A worker sees the right answers (`key`) only once the score is final and the test shows them.
         */
        get: operations["getSkillTestAttempt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-test-attempts/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save answers so far
         * @description The worker's answers while the sitting is open, the whole list each time (same shape as handing in); nothing is marked yet. If the worker never hands in, a job closes the sitting just after the deadline's 30 s grace and grades these answers (timed out). Sending the same list again changes nothing. After the deadline: 409, and the sitting is closed on what was saved before.
         */
        put: operations["saveSkillTestAnswers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-test-attempts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand in a skill test
         * @description One answer per question in order (an option index, option indexes, a number, a text; null for blank). Choice and numeric answers are marked at once; short-text answers wait for a company member. After the deadline (30 s grace) the answers are refused with 409 and the attempt is closed as timed out, graded on the answers saved before it.
         */
        post: operations["submitSkillTestAttempt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-test-attempts/{id}/grades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grade short-text answers
         * @description A member of the test's company gives points to every short-text answer waiting for grading, in one request; the score is then final and the worker is told by email.
         */
        post: operations["gradeSkillTestAttempt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agreements
         * @description For a company, its own agreements with every signature; for a worker, the agreements they were asked to sign or signed, with their own signatures and `sign` in `actions` while the current version is unsigned.
         */
        get: operations["listAgreements"];
        put?: never;
        /**
         * Create an agreement
         * @description A company admin or manager names an agreement; upload its document as a version next.
         */
        post: operations["createAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an agreement
         * @description One agreement as the caller may see it (see the list).
         */
        get: operations["getAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an agreement's document
         * @description The current version's file, for the company and the workers who may see the agreement.
         */
        get: operations["downloadAgreementDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask workers to sign an agreement
         * @description The agreement shows on each worker's list and each newly asked worker is told by email.
         */
        post: operations["askToSignAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign an agreement
         * @description The worker signs the version they read (`versionId`) with their typed full name; the time and the document's SHA-256 are recorded. A newer version published meanwhile is refused with 409 `version_conflict`; signing again changes nothing.
         */
        post: operations["signAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search workers
         * @description For company members: workers by skills (comma-separated, all required, case ignored), industry, words in the name or headline, and within `radiusMiles` (at most 100, default 60) of a place (`near`, geocoded like any address) or of `latitude`/`longitude`. Nearest first with a place, by name without one; each result carries its distance, the skills matched and the last 90 days' scorecard figures. Paged by `cursor`.
         */
        get: operations["searchWorkers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the company's assignments
         * @description Filter by status, label (late, not confirmed, on hold, …), worker, dates and text. `total` counts every match; `totals` counts per status over the other filters, for tabs.
         */
        get: operations["listAssignments"];
        put?: never;
        /**
         * Create an assignment
         * @description Creates a draft: the work, where and when, the pricing and who pays what. It answers with the live completeness report the form shows; nothing is sent to workers until `send`.
         */
        post: operations["createAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview a draft's completeness
         * @description Scores a create body as typed (clear title, description, schedule, pricing, deliverables) without saving it.
         */
        post: operations["previewAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an assignment
         * @description The assignment as the caller's party sees it (the company, the assignee or an invitee), with `actions`: what the caller may do now.
         */
        get: operations["getAssignment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit an assignment
         * @description Changes the assignment until the work is approved; `version` is the one the edit was based on, so a stale edit is refused.
         */
        patch: operations["updateAssignment"];
        trace?: never;
    };
    "/api/v1/assignments/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an assignment's timeline (deprecated)
         * @deprecated
         * @description The same events as GET /events?subject=assignment:<id>, in one unpaged list. Use /events; this route goes in /api/v2.
         */
        get: operations["getTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send to workers
         * @description Invites workers (the first to accept gets the assignment, or they apply and the company picks), or assigns one worker directly. Needs the company's accepted policies.
         */
        post: operations["sendAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite more workers
         * @description Adds workers to a sent assignment's invitations.
         */
        post: operations["addRecipients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw to draft
         * @description Takes a sent assignment back to draft; open invitations close and workers are told.
         */
        post: operations["withdrawAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an assignment (worker)
         * @description An invited worker takes a first-to-accept assignment. Exactly one of many simultaneous accepts wins.
         */
        post: operations["acceptAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply for an assignment (worker)
         * @description An invited worker applies, optionally with a counter-offer on price or schedule and a message.
         */
        post: operations["applyForAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/applications/{applicationId}/select": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose an applicant
         * @description The company gives the assignment to one application; the others are told it went to someone else.
         */
        post: operations["selectApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline an invitation (worker)
         * @description An invited worker says no, with a reason.
         */
        post: operations["declineAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm attendance (worker)
         * @description The assigned worker confirms they will be there, when the company asks for a confirmation.
         */
        post: operations["confirmAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check in (worker)
         * @description The assigned worker starts the work; the time log starts.
         */
        post: operations["checkInAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check out (worker)
         * @description The assigned worker stops the time log.
         */
        post: operations["checkOutAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the work (worker)
         * @description The assigned worker hands the work in with hours or units worked and a note; the claim cannot exceed the ceiling. Auto-approval starts counting.
         */
        post: operations["submitAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/abandon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Abandon an assignment (worker)
         * @description The assigned worker comes off it with a reason; their hand-ins stay with the company.
         */
        post: operations["abandonAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the work
         * @description The company approves the submitted work and the amount to pay; payment becomes due on its terms.
         */
        post: operations["approveAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return the work
         * @description The company sends submitted work back to the worker with what is missing.
         */
        post: operations["returnAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an assignment
         * @description Ends an assignment before the work is done, with a reason. Under 24 hours before the start the company may pay the worker a cancellation fee.
         */
        post: operations["cancelAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark the worker a no-show
         * @description The company takes a worker who did not come off the assignment; it can go out again.
         */
        post: operations["markNoShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put on hold
         * @description Pauses the assignment (and auto-approval) with a reason.
         */
        post: operations["holdAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume from hold
         * @description Ends a hold; the assignment goes on where it was.
         */
        post: operations["resumeAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Void a draft
         * @description Discards a draft that was never needed. Cannot be undone.
         */
        post: operations["voidAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export assignments as CSV
         * @description The filtered list as a CSV file.
         */
        get: operations["exportAssignmentsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my invitations and work (worker)
         * @description Assignments sent or given to the calling worker, newest first, with distance and what they may do now.
         */
        get: operations["listWorkerInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/deliverables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the deliverables
         * @description What the worker must hand in (files, photos, signatures, reports, checklist, fields) and what is handed in.
         */
        get: operations["getDeliverables"];
        /**
         * Define the deliverables
         * @description The company sets the requirements, checklist and custom fields; removing one that holds work is refused.
         */
        put: operations["defineDeliverables"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/deliverables/requirements/{requirementId}/signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Capture a signature (worker)
         * @description The assigned worker records the signer's name and drawn signature for a signature requirement.
         */
        post: operations["captureSignature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/deliverables/requirements/{requirementId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Write a report (worker)
         * @description The assigned worker writes a report requirement's text.
         */
        put: operations["writeReport"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/deliverables/requirements/{requirementId}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a handed-in file
         * @description The file's bytes, for the company and the worker who handed it in.
         */
        get: operations["downloadDeliverableFile"];
        put?: never;
        post?: never;
        /**
         * Remove a handed-in file (worker)
         * @description The assigned worker takes back a file before submitting.
         */
        delete: operations["removeDeliverableFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/deliverables/checklist/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Tick a checklist item (worker)
         * @description The assigned worker ticks or unticks one checklist item.
         */
        put: operations["tickChecklistItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/deliverables/fields/{fieldId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Fill in a custom field
         * @description Company managers fill the company's fields; the assigned worker fills the worker's.
         */
        put: operations["fillCustomField"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List attachments
         * @description Files the company attached for the worker (manuals, floor plans).
         */
        get: operations["listAttachments"];
        put?: never;
        /**
         * Attach a file
         * @description The company attaches a file; only its members and the assigned worker can download it.
         */
        post: operations["addAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/attachments/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an attachment
         * @description The attached file's bytes.
         */
        get: operations["downloadAttachment"];
        put?: never;
        post?: never;
        /**
         * Remove an attachment
         * @description The company removes a file it attached.
         */
        delete: operations["removeAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List requests
         * @description Budget increases, reschedules, expenses and bonuses asked for on this assignment, with their answers.
         */
        get: operations["listAssignmentRequests"];
        put?: never;
        /**
         * Make a request
         * @description The assigned worker asks for a budget increase, a reschedule or expense reimbursement; a company admin, manager or finance member offers a bonus. Amounts are minor units of the assignment's currency.
         */
        post: operations["makeAssignmentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/requests/{requestId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a request
         * @description The other side agrees; a budget increase raises the ceiling, a reschedule moves the schedule.
         */
        post: operations["acceptAssignmentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/requests/{requestId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a request
         * @description The other side says no, with a reason.
         */
        post: operations["declineAssignmentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/requests/{requestId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a request
         * @description Whoever asked takes the request back.
         */
        post: operations["withdrawAssignmentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check an assignment's requirements for a worker
         * @description The assignment's requirement set checked for the calling worker (or, for the company, the worker named by `workerId`): each requirement with `met` and the reason, and whether the worker is eligible (all met, or overridden by the company). Accept and apply answer 403 `requirements_not_met` with the same reasons.
         */
        get: operations["getAssignmentRequirements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rank workers for an assignment
         * @description For the company's members: workers within 100 miles of the site (or `radiusMiles`, narrowed by a distance requirement of the set) who could meet the assignment's requirement set, the most of its skills first, then the nearest. Each comes with its distance, skills matched, scorecard figures and every requirement met or not with the reason: the same evaluator accept uses, so a worker shown eligible here may accept. `ranking` says the order in words.
         */
        get: operations["getAssignmentMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/requirement-set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the assignment's requirement set
         * @description Which of the company's requirement sets is attached to the assignment (null when none), for everyone who sees it.
         */
        get: operations["getAttachedRequirementSet"];
        /**
         * Attach a requirement set
         * @description Puts one of the company's requirement sets on an assignment nobody has taken yet (draft or sent); null takes it off. Workers must meet it to accept or apply.
         */
        put: operations["attachRequirementSet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/requirement-overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Override the requirements for a worker
         * @description A company admin or manager lets one worker accept or apply although they do not meet the set, with a reason recorded in the assignment's history.
         */
        post: operations["overrideAssignmentRequirements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignment-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List templates
         * @description The company's named starting points for new assignments.
         */
        get: operations["listAssignmentTemplates"];
        put?: never;
        /**
         * Save a template
         * @description Saves one of the company's assignments, in any status, as a named starting point; names are unique per company.
         */
        post: operations["saveAssignmentTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignment-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a template
         * @description One template with its fields and deliverables.
         */
        get: operations["getAssignmentTemplate"];
        put?: never;
        post?: never;
        /**
         * Delete a template
         * @description Removes the template; assignments made from it stay.
         */
        delete: operations["deleteAssignmentTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignment-templates/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create from a template
         * @description Creates a draft from the template, with any fields given in the body replacing the template's.
         */
        post: operations["createAssignmentFromTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an assignment's messages
         * @description Oldest first, as the caller may read them: the company sees every question, answer, thread message and internal note; a worker sees their own questions and conversation and the questions shared with every invitee (without the asker's name), never a note. Also each side's median time to a first answer, the open questions (company only) and `canPost`: the kinds the caller may post now.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Post a question, message or note
         * @description `question`: an invited or assigned worker asks the company. `message` with `replyTo`: a company member answers a question, `shared: true` showing it (anonymised) and the answer to every invited worker, else only to the asker. `message`: the thread between the company and the assigned worker. `note`: internal to the company. Messages are never deleted; `@Full Name` notifies a teammate. Viewers read only (403); the wrong time is 409.
         */
        post: operations["postMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a message
         * @description The author corrects their message within 5 minutes of posting (409 `edit_window_closed` after); the earlier text stays in the message's `edits`.
         */
        patch: operations["editMessage"];
        trace?: never;
    };
    "/api/v1/assignments/{id}/messages/{messageId}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a message's file
         * @description The file's bytes, for exactly those who may read the message: a note's files never for a worker, another invitee's private question's never for other workers; anyone else hears 404.
         */
        get: operations["downloadMessageFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get my balances
         * @description The caller's own balances per currency in minor units: a company's available, pending (funding not settled) and owed (open invoices); a worker's pending (invoiced, not paid) and available earnings.
         */
        get: operations["getBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Account activity (the caller's own ledger entries)
         * @description Every ledger posting on the caller's company's accounts (finance and admin) or the worker's own, newest first: the account, the signed amount, the balance right after it, the transfer's reason and the record it belongs to. Exactly the ledger; paged by `cursor`.
         */
        get: operations["listAccountActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/funding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List funds added
         * @description The company's fundings, newest first, with their status.
         */
        get: operations["listFundings"];
        put?: never;
        /**
         * Add funds (finance, admin)
         * @description Adds money to the company's balance through the provider. The sandbox (test mode) settles a wire at once and an ACH transfer after a delay; the amounts 400.04 and 400.05 fail on purpose.
         */
        post: operations["addFunds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my withdrawals (worker)
         * @description The worker's payouts, newest first.
         */
        get: operations["listPayouts"];
        put?: never;
        /**
         * Withdraw earnings (worker)
         * @description Sends part or all of the available earnings to one of the worker's verified payout accounts (`payoutAccountId`, or the most recently verified one); in transit until the provider settles it, returned with the reason if it fails. 422 `payout_account_unverified` when the account is not verified or there is none.
         */
        post: operations["requestPayout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my payout accounts (worker)
         * @description The worker's bank accounts for payouts, newest first: the number masked but for its last 4 digits, the status (pending until the two micro-deposits are confirmed, verified, locked after 3 wrong tries) and the tries left. The deposit amounts are never answered.
         */
        get: operations["listPayoutAccounts"];
        put?: never;
        /**
         * Add a payout account (worker)
         * @description Registers a bank account (holder name, 9-digit routing number checked by its checksum, account number) with the provider, which sends two micro-deposits of 1 to 99 cents; only the last 4 digits are kept. The worker is emailed that the deposits are on the way. Sandbox (test mode): the deposits are always 0.32 and 0.45, as the email says.
         */
        post: operations["addPayoutAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/accounts/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a payout account's two deposits (worker)
         * @description `amounts` are the two deposits in minor units, in either order. Right: the account is verified and may receive payouts. Wrong: 422 `deposit_amounts_wrong` with `attemptsLeft`; the third wrong try locks the account (it must be removed and added again). Another worker's account is 404.
         */
        post: operations["verifyPayoutAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a payout account (worker)
         * @description The account receives nothing more and leaves the list; past payouts still name it.
         */
        delete: operations["removePayoutAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List monthly statements
         * @description The months the caller's company has a statement for, newest first, a page at a time (`cursor` from `nextCursor`): from its first ledger entry to the current month. Months are UTC months (`from` inclusive, `to` exclusive); the current one is marked and still changes.
         */
        get: operations["listStatements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/statements/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a monthly statement
         * @description One UTC month of the company's funds (available and secured), computed from the ledger per currency: opening balance, funds added, invoices paid (the workers' amounts), platform fees, refunds and settlements, closing balance (the opening of the next month). Its lines come a page at a time from `listStatementInvoices` and `listStatementEntries`. A month not yet begun is 404.
         */
        get: operations["getStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/statements/{month}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a statement's invoices
         * @description The invoices issued to the caller's company during one UTC month, oldest first, a page at a time (`cursor` from `nextCursor`), with their status, amounts and dates. A month not yet begun is 404.
         */
        get: operations["listStatementInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/statements/{month}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a statement's movements of funds
         * @description Every movement of the caller's company's funds (available and secured) during one UTC month, oldest first, one line per ledger transfer and currency, a page at a time (`cursor` from `nextCursor`). Moving money between available and secured funds nets to zero and is left out. A month not yet begun is 404.
         */
        get: operations["listStatementEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/statements/{month}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a monthly statement as a PDF
         * @description The same statement as `getStatement`, as a PDF; the month is stated in UTC, the times of its entries in `timeZone` (an IANA name, UTC by default) with the zone named.
         */
        get: operations["getStatementPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invoices
         * @description A company's payables or a worker's earnings, newest first; `status` filters open (not yet due), past_due, paid or void.
         */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export invoices as CSV
         * @description The same list as a CSV file, amounts in minor units.
         */
        get: operations["exportInvoicesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an invoice
         * @description The approved amount, the platform fee and the total, the due date from the payment terms, and `actions`.
         */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an invoice as a PDF
         * @description The same invoice as `getInvoice`, as a PDF document (an attachment), for the company that pays it and the worker it pays. Dates are written in `timeZone` (an IANA name, UTC by default) with the zone named; the sandbox provider's test mode is printed on it.
         */
        get: operations["getInvoicePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay an invoice (finance, admin)
         * @description Pays the invoice from the company's available funds: the worker's amount becomes available earnings, the fee platform revenue, and the assignment is marked paid. 422 `insufficient_funds` when the balance is short.
         */
        post: operations["payInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay a selection of invoices (finance, admin)
         * @description Pays up to 100 open invoices together, all or none, in one transaction. 422 `insufficient_funds` names the selection's total beside the available funds when they cannot cover it all; an invoice already paid answers 409 `invalid_transition` and one the caller cannot see 404, and then nothing is paid.
         */
        post: operations["payInvoices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/payments/bank-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a bank transfer received (staff admin)
         * @description Credits a company with real money seen arriving, with the bank's reference; settled at once.
         */
        post: operations["recordBankTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/sandbox/invoices/{id}/backdate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sandbox only: backdate an invoice (staff admin, test servers)
         * @description Moves an open invoice's issue and due dates back by `days`, so a test can see it past due and the company locked without waiting. Answers 403 `sandbox_controls_off` unless the server runs with `WORKLANE_SANDBOX_CONTROLS=true` and the test-mode provider; never enabled in production. Recorded as `invoice.backdated` with `sandbox: true`.
         */
        post: operations["backdateInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/ledger/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the ledger (staff admin)
         * @description Recomputes every balance from its postings and reports differences, transfers or currencies that do not sum to zero, and accounts past their floor.
         */
        get: operations["checkLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/companies/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a company's money (staff)
         * @description For any staff member: the company's balances per currency as its own `getBalance` shows them (available, pending funding, committed, owed on open invoices), its open invoices per currency (count and total, the fee included), and its standing: what is past due per currency (an invoice under an open escalation case does not count), the oldest due date and how many days late it is, and whether the past-due rule locks the account (`locked`; `locksAt` is since when, or when it will lock; `lockReason` says why). 404 for an unknown company.
         */
        get: operations["getCompanyPaymentsForStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an assignment's ratings
         * @description The caller's own side's rating (hidden or published) and the other side's once published, whether the caller may rate now, and when hidden ratings are published at the latest. For the assignment's company and its worker; others get 404.
         */
        get: operations["listAssignmentRatings"];
        put?: never;
        /**
         * Rate the other side of an assignment
         * @description After the assignment is approved, invoiced, paid or cancelled after assignment, the company (admin or manager) rates the worker (overall, quality, professionalism, communication) and the worker rates the company (overall, clarity, communication, payment as promised), each excellent, satisfied or unsatisfied, with a review. Ratings are double-blind: hidden from the other side until both have rated or 14 days have passed since the first, then published together. Sending again before publication changes the caller's rating (200); the first time answers 201. `rates` must name the other side.
         */
        post: operations["giveRating"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply to a rating
         * @description The rated side's one public reply to a published rating: the rated worker, or the rated company's admin or manager. A second reply is 409.
         */
        post: operations["replyToRating"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/{id}/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Flag a review as abusive
         * @description Anyone who can read a published rating may flag it; the flag and its reason are kept for Trust & Safety. Flagging the same rating again answers the first flag.
         */
        post: operations["flagRating"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get several workers' scorecards
         * @description The scorecards of up to 100 workers in one read (`ids`, repeated or comma-separated), in the order asked, each exactly what getWorkerScorecard answers for that worker (the caller's company's own history with the worker included for a company member); an id that is no worker is left out. The assignment page reads its invited workers' and applicants' scorecards this way.
         */
        get: operations["listWorkerScorecards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{id}/scorecard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a company's scorecard
         * @description The Company Scorecard for the last 90 days (today and the 89 UTC days before) and all time: approval time, approvals before auto-approval, payment timeliness, invoices past due now, worker satisfaction, cancellations after assignment, and the median response time to workers' questions and messages (from the messages domain). Each figure carries its value, the number of contributions, its window, a one-sentence definition, whether it is red (satisfaction under 75 %, approval 3 days or more, payments 1 day or more late on average) and the path of its drill-down. Kept incrementally as events happen.
         */
        get: operations["getCompanyScorecard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{id}/scorecard/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a company's scorecard by month
         * @description Each Company Scorecard figure for each of the last 12 UTC months (the current month last), computed over that month alone from sums kept as events happen: value, number of contributions and whether the month crosses the red threshold. Invoices past due now have no monthly history. The same readers as the scorecard.
         */
        get: operations["getCompanyMonthlyScorecard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{id}/scorecard/{figure}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List what makes a company figure
         * @description The assignments and invoices behind one Company Scorecard figure in the window, newest first, each with its contribution (1 or 0 for a share, days for an average) and what happened; paged by cursor.
         */
        get: operations["drillDownCompanyFigure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{id}/scorecard/{figure}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a company figure's drill-down (CSV)
         * @description The drill-down of one Company Scorecard figure as CSV, at most 10,000 rows, newest first.
         */
        get: operations["exportCompanyFigureCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/scorecard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a worker's scorecard
         * @description The worker scorecard for the last 90 days and all time: client satisfaction and its three dimensions, on-time arrival, deliverables on time, completed assignments, abandons (the worker's cancellations) and no-shows, and the median response time; each figure with value, count, window, definition and drill-down path.
         */
        get: operations["getWorkerScorecard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/scorecard/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a worker's scorecard by month
         * @description Each worker scorecard figure for each of the last 12 UTC months (the current month last), computed over that month alone from sums kept as events happen, with the number of contributions. The same readers as the scorecard.
         */
        get: operations["getWorkerMonthlyScorecard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/scorecard/{figure}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List what makes a worker figure
         * @description The assignments behind one worker scorecard figure in the window, newest first, each with its contribution and what happened; paged by cursor.
         */
        get: operations["drillDownWorkerFigure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/scorecard/{figure}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a worker figure's drill-down (CSV)
         * @description The drill-down of one worker scorecard figure as CSV, at most 10,000 rows, newest first.
         */
        get: operations["exportWorkerFigureCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Escalate an assignment
         * @description Opens an escalation case about the assignment, by the client (admin, manager, finance) or the assigned worker: a category, the details and the outcome hoped for (with an amount where money is involved). Possible while the assignment is in progress, submitted, approved, invoiced, paid or cancelled, up to 60 days after its last status change (`escalationWindowClosesAt` on the assignment; later: 409 `escalation_window_closed`), one active case at a time (409 `escalation_already_open`). While the case is open, auto-approval and invoice auto-pay are paused.
         */
        post: operations["openEscalation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List escalation cases
         * @description The caller's own cases (their company's, or a worker's), newest first. For the escalations team, the queue of every case: by the next update due, so overdue cases come first; filter by status, state (active or ended), category, assignment or assignee.
         */
        get: operations["listEscalations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an escalation case
         * @description One case with its conversation, its clocks (first response due within 1 business day, then an update every 2 business days) and what the caller may do now (`actions`). Private staff notes are shown to the escalations team only. A case on an assignment the caller is not party to is 404.
         */
        get: operations["getEscalation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write in an escalation case
         * @description Adds a message to the case conversation among the client, the worker and the team; both parties are emailed. The team's messages count as the first response and as updates (the next update is due 2 business days later). `visibility: team` is a private staff note: escalations team only, never shown to the parties. Answers the case as the caller now sees it and the new `message`, whose `id` is the `messageId` to attach files to it.
         */
        post: operations["postEscalationMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an escalation case's file
         * @description The file's bytes, for the case's parties and the escalations team only (a staff note's file for the team only); anyone else, the other company included, gets 404.
         */
        get: operations["downloadEscalationFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations/{id}/take": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take an escalation case (escalations team)
         * @description Assigns the case to the calling member of the escalations team and moves it in review.
         */
        post: operations["takeEscalation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close an escalation case without agreement (escalations team)
         * @description Ends the case with a written summary sent to both parties. The team cannot force an outcome: nothing is imposed; auto-approval and auto-pay resume.
         */
        post: operations["closeEscalation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an escalation case
         * @description The side that opened the case withdraws it (the other side hears 403); auto-approval and auto-pay resume.
         */
        post: operations["withdrawEscalation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose a settlement
         * @description A party or the team proposes how to settle: `pay` the worker an amount now (in full, in part, or a cancellation fee; what the client owed on open invoices beyond it is released), `release` the client's funds (nothing paid, the assignment called off), or `rework` with a new due date (only while the work is in progress or submitted; otherwise 409 `settlement_not_possible`). It supersedes the proposal still pending. A party's own proposal counts as their side's acceptance (the worker; a company admin or finance member). Nothing is imposed: it executes only when both sides accept.
         */
        post: operations["proposeSettlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations/{id}/proposals/{proposalId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a settlement proposal
         * @description The worker, or a company admin or finance member, accepts. When both sides have accepted, the agreement executes in this request's one transaction: the money moves in the ledger (422 `insufficient_funds` when the company's available funds cannot pay it; then nothing changes), the assignment is settled (paid, called off, or back in progress with the new due date), and the case is resolved. It executes exactly once, also under concurrent accepts and retries.
         */
        post: operations["acceptProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations/{id}/proposals/{proposalId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a settlement proposal
         * @description The worker, or a company admin or finance member, declines: nothing happens and the case stays open.
         */
        post: operations["declineProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/escalations/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Escalations team figures (escalations team)
         * @description Over the cases opened in the last 90 days: active and overdue cases, first responses (how many, how many within 1 business day, average hours), the team's update intervals kept within 2 business days, and how cases ended (resolved by agreement, closed without agreement, withdrawn) with the average hours to close.
         */
        get: operations["escalationDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my reports
         * @description The caller's own reports, newest first, with their status: open, actioned or dismissed. A page at a time: `limit` (1 to 100, default 25), and `cursor` from the previous page's `nextCursor` (null on the last page).
         */
        get: operations["listMyReports"];
        put?: never;
        /**
         * Report a violation
         * @description Reports a person, a company, an assignment, a message or a review (rating) for a named rule of the Community Violation Guidelines (`CVG-1.3`, …), with details. The record must be one the caller can see (404 otherwise); at most 20 reports per person an hour (429 `rate_limited` with `Retry-After`); on an assignment the report is about the other side, on a message its author, on a review its author's side. Add evidence files with `POST /reports/{id}/evidence`. The reported party is never told who reported.
         */
        post: operations["fileReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/evidence/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download report evidence
         * @description An evidence file, for the reporter and Trust & Safety only.
         */
        get: operations["downloadReportEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sanctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my sanctions
         * @description Sanctions on the caller and on their company, newest first: the rule, the reason, what it covers, its end, the appeal and what the caller may do (`actions`). Never names a reporter. A page at a time (`limit`, `cursor`, `nextCursor`).
         */
        get: operations["listMySanctions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sanctions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a sanction
         * @description One sanction notice, for its party (the person, or the members of the company) and Trust & Safety.
         */
        get: operations["getSanction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sanctions/{id}/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Appeal a sanction
         * @description The sanctioned person, or an admin of the sanctioned company, appeals once with a statement (409 `invalid_transition` for a second appeal or an ended sanction). It stays in force until a different staff member reviews it. Open to a suspended account.
         */
        post: operations["appealSanction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trust & Safety report queue
         * @description Reports by status (open by default, oldest first; actioned and dismissed newest first), each with its party, the number of their earlier sanctions and the suggested next step. A page at a time (`limit`, `cursor`, `nextCursor`); ties on the time are ordered by id, so no report is shown twice or skipped. Trust & Safety staff only.
         */
        get: operations["reportQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a report (staff)
         * @description One report with its reporter, evidence, party, the party's earlier sanctions and the suggested next step on the ladder (warning, restriction, suspension, ban), plus their other open reports.
         */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/reports/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dismiss a report
         * @description Closes an open report without a sanction, with a reason; the reporter is told it was reviewed.
         */
        post: operations["dismissReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/sanctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sanctions (staff)
         * @description Every sanction, newest first; `appeal=pending` the appeals waiting for review, oldest appeal first. A page at a time (`limit`, `cursor`, `nextCursor`).
         */
        get: operations["sanctionQueue"];
        put?: never;
        /**
         * Issue a sanction
         * @description Sanctions a person or a company: the rule, the evidence (open reports about that party, which become `actioned`), the reason and the end (`endsAt`; null only for a ban). `kind` defaults to the suggested next step after the party's earlier sanctions; a restriction names its `scopes` (send_assignments, apply_accept, message). The party is told at once (in the app and by email) with the rule and how to appeal; from then on the server refuses the covered routes with 403 `account_restricted`, and a suspension or ban every write. It ends by itself at `endsAt`.
         */
        post: operations["issueSanction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/sanctions/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Review an appeal
         * @description Upholds, shortens (with a new, earlier `endsAt`) or lifts an appealed sanction, with a written reason the party receives. The staff member who issued the sanction may not review it (403 `forbidden`).
         */
        post: operations["reviewAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a record's history
         * @description Every recorded change to one record (`subject=<type>:<id>`), oldest first, a page at a time. A company reads its own records' histories; a worker reads the events of an assignment that concern them. A rating's history (`rating:<id>`) is its own side's alone while it is hidden (double-blind), and shows a flag only to the person who flagged. A record the caller may not see is a 404.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a version of an agreement
         * @description The document (multipart, part `file`; PDF or image, the type read from the bytes) with its label in `version`. It becomes the current version: signatures of earlier versions no longer meet an 'agreement signed' requirement.
         */
        post: operations["uploadAgreementVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/deliverables/requirements/{requirementId}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand in a file (worker)
         * @description The assigned worker uploads a photo, document or signature image for one requirement (multipart).
         */
        post: operations["uploadDeliverableFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignment-templates/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import assignments from CSV
         * @description Creates one draft per row of a CSV file (`Content-Type: text/csv`, UTF-8, a header row, at most 500 rows and 1 MB). Each row is validated like the body of POST /assignments and created whole or not at all; the answer reports, row by row, what was created and what was refused and why (by column). With `templateId`, each row starts from the template and its deliverables are copied; empty cells keep the template's values. Honours `Idempotency-Key`.
         *
         *     Columns (header names are case-insensitive):
         *     - `title`: Required (unless a template gives it). Up to 120 characters.
         *     - `description`: Markdown describing the work.
         *     - `industry`: One of the industries of the create body.
         *     - `skills`: Skills separated by semicolons, e.g. `POS installation; Networking`.
         *     - `instructions`: Shown to the assigned worker only.
         *     - `location_type`: `onsite` or `remote`.
         *     - `address`: On-site address, e.g. `12 Main St, Charlotte, NC`; geocoded from the world's cities when the coordinates are empty. The location columns replace a template's location as a whole.
         *     - `city`: City; optional when the address names it.
         *     - `region`: State or region.
         *     - `postal_code`: Postal code.
         *     - `country`: Two-letter ISO country code, e.g. `US`; tells apart cities of one name.
         *     - `latitude`: Decimal degrees; optional (with longitude, wins over the address).
         *     - `longitude`: Decimal degrees; optional (with latitude, wins over the address).
         *     - `contact_name`: On-site contact's name.
         *     - `contact_phone`: On-site contact's phone.
         *     - `contact_email`: On-site contact's email.
         *     - `time_zone`: IANA time zone, e.g. `America/Chicago`.
         *     - `schedule_type`: `fixed` (default) or `window`.
         *     - `starts_at`: ISO 8601 date-time with offset, e.g. `2026-03-02T09:00:00-06:00`.
         *     - `ends_at`: Expected end (fixed) or end of the arrival window (window).
         *     - `deadline`: ISO 8601 date-time with offset.
         *     - `pricing_type`: `flat`, `hourly`, `per_unit` or `blended`.
         *     - `amount`: Flat (and blended) amount in major units, e.g. `150` or `150.50`.
         *     - `rate`: Hourly or per-unit rate in major units.
         *     - `max_hours`: Hourly and blended: the cap on hours.
         *     - `flat_hours`: Blended: hours the flat amount covers.
         *     - `unit_name`: Per unit: what a unit is, e.g. `screen`.
         *     - `max_units`: Per unit: the cap on units.
         *     - `currency`: ISO currency (company default when empty); amounts are read in it.
         *     - `payment_terms_days`: Whole days after approval (company default when empty).
         *     - `confirmation_hours`: Hours before the start the worker must confirm (0 = none).
         *     - `routing_mode`: `first_to_accept` (default) or `applications`.
         */
        post: operations["importAssignmentsCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/messages/{messageId}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a file to a message
         * @description The author adds a file (multipart/form-data, part `file`) to their question, message or note within the 5 minutes they may edit it (409 `edit_window_closed` after; 403 for someone else's message). The upload rules of deliverables apply: the type is read from the bytes (415 for other types), at most 10 MB (413), and a message carries at most 10 files (409 `conflict`). Files are never removed.
         */
        post: operations["attachMessageFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a file to an escalation case
         * @description A party (client admin, manager or finance member, or the worker) or the escalations team adds a file (multipart/form-data, part `file`) to an active case: without `messageId` to the case itself (the opening's evidence), with it to the caller's own message in the case (a staff note's file is shown to the team only). The same upload rules as message files: the type is read from the bytes (PDF, images, office documents, text; otherwise 415), at most 10 MB (413). A case carries at most 50 files (409 `conflict`); an ended case takes none (409 `invalid_transition`). Files are never removed.
         */
        post: operations["attachEscalationFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add evidence to a report
         * @description The reporter attaches one file (image or PDF, type read from its bytes) to their open report, at most 10 per report. 409 `invalid_transition` once the report is decided.
         */
        post: operations["addReportEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "assignment.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.created
         * @description Sent to each enabled endpoint that chose `assignment.created` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.updated
         * @description Sent to each enabled endpoint that chose `assignment.updated` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.sent
         * @description Sent to each enabled endpoint that chose `assignment.sent` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_sent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.accepted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.accepted
         * @description Sent to each enabled endpoint that chose `assignment.accepted` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_accepted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.declined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.declined
         * @description Sent to each enabled endpoint that chose `assignment.declined` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_declined"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.applied": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.applied
         * @description Sent to each enabled endpoint that chose `assignment.applied` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_applied"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.assigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.assigned
         * @description Sent to each enabled endpoint that chose `assignment.assigned` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_assigned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.confirmed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.confirmed
         * @description Sent to each enabled endpoint that chose `assignment.confirmed` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_confirmed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.checked_in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.checked_in
         * @description Sent to each enabled endpoint that chose `assignment.checked_in` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_checked_in"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.checked_out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.checked_out
         * @description Sent to each enabled endpoint that chose `assignment.checked_out` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_checked_out"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.submitted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.submitted
         * @description Sent to each enabled endpoint that chose `assignment.submitted` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_submitted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.returned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.returned
         * @description Sent to each enabled endpoint that chose `assignment.returned` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_returned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.approved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.approved
         * @description Sent to each enabled endpoint that chose `assignment.approved` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_approved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.invoiced": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.invoiced
         * @description Sent to each enabled endpoint that chose `assignment.invoiced` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_invoiced"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.cancelled
         * @description Sent to each enabled endpoint that chose `assignment.cancelled` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_cancelled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.abandoned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.abandoned
         * @description Sent to each enabled endpoint that chose `assignment.abandoned` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_abandoned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.paid
         * @description Sent to each enabled endpoint that chose `assignment.paid` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_paid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.request_made": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.request_made
         * @description Sent to each enabled endpoint that chose `assignment.request_made` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_request_made"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.request_accepted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.request_accepted
         * @description Sent to each enabled endpoint that chose `assignment.request_accepted` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_request_accepted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "assignment.request_declined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event assignment.request_declined
         * @description Sent to each enabled endpoint that chose `assignment.request_declined` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_assignment_request_declined"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invoice.opened": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event invoice.opened
         * @description Sent to each enabled endpoint that chose `invoice.opened` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_invoice_opened"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invoice.paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event invoice.paid
         * @description Sent to each enabled endpoint that chose `invoice.paid` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_invoice_paid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invoice.voided": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event invoice.voided
         * @description Sent to each enabled endpoint that chose `invoice.voided` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment.
         */
        post: operations["webhook_invoice_voided"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "escalation.opened": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event escalation.opened
         * @description Sent to each enabled endpoint that chose `escalation.opened` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment. For a case, the client company party to it receives it (workers have no endpoints); `data.record` is the case as `GET /escalations` lists it to a read-only member of the company (`party` `viewer`, no `actions`): the conversation, files and proposals are read with `GET /escalations/{id}`. The team's private notes and their files are no event types and are never sent.
         */
        post: operations["webhook_escalation_opened"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "escalation.taken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event escalation.taken
         * @description Sent to each enabled endpoint that chose `escalation.taken` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment. For a case, the client company party to it receives it (workers have no endpoints); `data.record` is the case as `GET /escalations` lists it to a read-only member of the company (`party` `viewer`, no `actions`): the conversation, files and proposals are read with `GET /escalations/{id}`. The team's private notes and their files are no event types and are never sent.
         */
        post: operations["webhook_escalation_taken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "escalation.message_posted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event escalation.message_posted
         * @description Sent to each enabled endpoint that chose `escalation.message_posted` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment. For a case, the client company party to it receives it (workers have no endpoints); `data.record` is the case as `GET /escalations` lists it to a read-only member of the company (`party` `viewer`, no `actions`): the conversation, files and proposals are read with `GET /escalations/{id}`. The team's private notes and their files are no event types and are never sent.
         */
        post: operations["webhook_escalation_message_posted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "escalation.proposed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event escalation.proposed
         * @description Sent to each enabled endpoint that chose `escalation.proposed` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment. For a case, the client company party to it receives it (workers have no endpoints); `data.record` is the case as `GET /escalations` lists it to a read-only member of the company (`party` `viewer`, no `actions`): the conversation, files and proposals are read with `GET /escalations/{id}`. The team's private notes and their files are no event types and are never sent.
         */
        post: operations["webhook_escalation_proposed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "escalation.proposal_accepted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event escalation.proposal_accepted
         * @description Sent to each enabled endpoint that chose `escalation.proposal_accepted` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment. For a case, the client company party to it receives it (workers have no endpoints); `data.record` is the case as `GET /escalations` lists it to a read-only member of the company (`party` `viewer`, no `actions`): the conversation, files and proposals are read with `GET /escalations/{id}`. The team's private notes and their files are no event types and are never sent.
         */
        post: operations["webhook_escalation_proposal_accepted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "escalation.proposal_declined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event escalation.proposal_declined
         * @description Sent to each enabled endpoint that chose `escalation.proposal_declined` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment. For a case, the client company party to it receives it (workers have no endpoints); `data.record` is the case as `GET /escalations` lists it to a read-only member of the company (`party` `viewer`, no `actions`): the conversation, files and proposals are read with `GET /escalations/{id}`. The team's private notes and their files are no event types and are never sent.
         */
        post: operations["webhook_escalation_proposal_declined"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "escalation.file_added": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event escalation.file_added
         * @description Sent to each enabled endpoint that chose `escalation.file_added` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment. For a case, the client company party to it receives it (workers have no endpoints); `data.record` is the case as `GET /escalations` lists it to a read-only member of the company (`party` `viewer`, no `actions`): the conversation, files and proposals are read with `GET /escalations/{id}`. The team's private notes and their files are no event types and are never sent.
         */
        post: operations["webhook_escalation_file_added"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "escalation.withdrawn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event escalation.withdrawn
         * @description Sent to each enabled endpoint that chose `escalation.withdrawn` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment. For a case, the client company party to it receives it (workers have no endpoints); `data.record` is the case as `GET /escalations` lists it to a read-only member of the company (`party` `viewer`, no `actions`): the conversation, files and proposals are read with `GET /escalations/{id}`. The team's private notes and their files are no event types and are never sent.
         */
        post: operations["webhook_escalation_withdrawn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "escalation.resolved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event escalation.resolved
         * @description Sent to each enabled endpoint that chose `escalation.resolved` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment. For a case, the client company party to it receives it (workers have no endpoints); `data.record` is the case as `GET /escalations` lists it to a read-only member of the company (`party` `viewer`, no `actions`): the conversation, files and proposals are read with `GET /escalations/{id}`. The team's private notes and their files are no event types and are never sent.
         */
        post: operations["webhook_escalation_resolved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "escalation.closed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event escalation.closed
         * @description Sent to each enabled endpoint that chose `escalation.closed` when it happens to a record of the company. `data.record` is the record as the company reads it from the API at that moment. For a case, the client company party to it receives it (workers have no endpoints); `data.record` is the case as `GET /escalations` lists it to a read-only member of the company (`party` `viewer`, no `actions`): the conversation, files and proposals are read with `GET /escalations/{id}`. The team's private notes and their files are no event types and are never sent.
         */
        post: operations["webhook_escalation_closed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A test event (POST /webhooks/{id}/test)
         * @description Sent by hand to check a receiver; `data.record` is the endpoint as the API shows it.
         */
        post: operations["webhook_webhook_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        Webhook: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string | null;
            eventTypes: ("assignment.created" | "assignment.updated" | "assignment.sent" | "assignment.accepted" | "assignment.declined" | "assignment.applied" | "assignment.assigned" | "assignment.confirmed" | "assignment.checked_in" | "assignment.checked_out" | "assignment.submitted" | "assignment.returned" | "assignment.approved" | "assignment.invoiced" | "assignment.cancelled" | "assignment.abandoned" | "assignment.paid" | "assignment.request_made" | "assignment.request_accepted" | "assignment.request_declined" | "invoice.opened" | "invoice.paid" | "invoice.voided" | "escalation.opened" | "escalation.taken" | "escalation.message_posted" | "escalation.proposed" | "escalation.proposal_accepted" | "escalation.proposal_declined" | "escalation.file_added" | "escalation.withdrawn" | "escalation.resolved" | "escalation.closed")[];
            enabled: boolean;
            /** @description The last 4 characters of the signing secret after an ellipsis (`…a1b2`), to tell which secret a receiver holds. The secret itself is answered only by create and rotate-secret, once. */
            secretHint: string;
            disabledReason: ("failing" | "by_admin") | null;
            failingSince: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            webhookId: string;
            eventType: string;
            /** @enum {string} */
            status: "pending" | "sending" | "delivered" | "failed";
            attempts: number;
            nextAttemptAt: string | null;
            deliveredAt: string | null;
            /** Format: date-time */
            createdAt: string;
            payload: string;
            /** @description The latest attempts, newest first (at most 10). */
            lastAttempts: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                trigger: "event" | "retry" | "replay" | "test";
                request: string;
                responseStatus: number | null;
                responseBody: string | null;
                error: string | null;
                durationMs: number;
            }[];
        };
        ScorecardSummary: {
            /** @description The labels of the red figures; accepting or applying first confirms them */
            red: string[];
            figures: {
                key: string;
                label: string;
                value: number | null;
                /** @enum {string} */
                unit: "share" | "days" | "count" | "hours";
                count: number;
                red: boolean;
            }[];
            /** @description The API path of the full scorecard, with every figure's definition and drill-down */
            scorecard: string;
        };
        AssignmentView: {
            /** Format: uuid */
            id: string;
            company: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            title: string;
            description: string;
            industry: ("Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other") | null;
            skills: string[];
            instructions: string | null;
            /** @enum {string} */
            locationType: "onsite" | "remote";
            location: {
                address: string | null;
                city: string;
                region: string | null;
                postalCode: string | null;
                country: string;
                latitude: number;
                longitude: number;
            } | null;
            onsiteContact: {
                name: string;
                /** @default null */
                phone: string | null;
                /** @default null */
                email: string | null;
            } | null;
            timeZone: string;
            schedule: ({
                /** @constant */
                type: "fixed";
                /** Format: date-time */
                startsAt: string;
                /** @default null */
                endsAt: string | null;
            } | {
                /** @constant */
                type: "window";
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
            }) | null;
            deadline: string | null;
            pricing: {
                /** @constant */
                type: "flat";
                amount: number;
            } | {
                /** @constant */
                type: "hourly";
                rate: number;
                maxHours: number;
            } | {
                /** @constant */
                type: "per_unit";
                rate: number;
                unitName: string;
                maxUnits: number;
            } | {
                /** @constant */
                type: "blended";
                amount: number;
                flatHours: number;
                rate: number;
                maxHours: number;
            };
            /** @enum {string} */
            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
            maximumSpend: {
                amount: number;
                /** @enum {string} */
                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
            };
            paymentTermsDays: number;
            autoApprovalHours: number;
            confirmationHours: number;
            /** @enum {string} */
            routingMode: "first_to_accept" | "applications";
            invitationsExpireAt: string | null;
            /** @enum {string} */
            status: "draft" | "sent" | "declined" | "assigned" | "in_progress" | "submitted" | "approved" | "invoiced" | "paid" | "cancelled" | "void";
            labels: ("not_confirmed" | "late" | "on_hold" | "request_pending" | "deliverable_late" | "question_open")[];
            actions: ("update" | "send" | "assign" | "addRecipients" | "withdraw" | "accept" | "apply" | "selectApplication" | "decline" | "closeInvitations" | "confirm" | "checkIn" | "checkOut" | "submit" | "approve" | "return" | "cancel" | "abandon" | "markNoShow" | "hold" | "resume" | "void" | "markInvoiced" | "markPaid")[];
            /** @enum {string} */
            party: "admin" | "manager" | "finance" | "viewer" | "assignee" | "invitee" | "system";
            assignedWorker: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            invitation: {
                /** @enum {string} */
                status: "invited" | "declined" | "accepted" | "withdrawn" | "expired" | "abandoned" | "no_show" | "taken";
                expiresAt: string | null;
                reason: string | null;
            } | null;
            workerOutcome: ("declined" | "expired" | "withdrawn" | "taken" | "cancelled" | "abandoned" | "no_show") | null;
            confirmedAt: string | null;
            holdReason: string | null;
            autoApprovalHeld: boolean;
            autoApprovalDueAt: string | null;
            escalationWindowClosesAt: string | null;
            claim: {
                hours: number | null;
                units: number | null;
                expenses: {
                    amount: number;
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                };
                total: {
                    amount: number;
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                };
            } | null;
            submissionNotes: string | null;
            returnReason: string | null;
            cancellation: {
                reason: string;
                fee: {
                    amount: number;
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                } | null;
                feeOffered: boolean;
            } | null;
            cancellationOffer: {
                suggestedFee: {
                    amount: number;
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                };
                maximumFee: {
                    amount: number;
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                };
            } | null;
            completeness: {
                score: number;
                findings: {
                    code: string;
                    /** @enum {string} */
                    severity: "blocker" | "warning" | "tip";
                    message: string;
                    field: string | null;
                }[];
            } | null;
            recipients: {
                worker: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                /** @enum {string} */
                status: "invited" | "declined" | "accepted" | "withdrawn" | "expired" | "abandoned" | "no_show" | "taken";
                /** Format: date-time */
                invitedAt: string;
                respondedAt: string | null;
                reason: string | null;
            }[];
            applications: {
                /** Format: uuid */
                id: string;
                worker: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                /** @enum {string} */
                status: "pending" | "selected" | "rejected" | "withdrawn";
                message: string | null;
                counterOffer: {
                    pricing: ({
                        /** @constant */
                        type: "flat";
                        amount: number;
                    } | {
                        /** @constant */
                        type: "hourly";
                        rate: number;
                        maxHours: number;
                    } | {
                        /** @constant */
                        type: "per_unit";
                        rate: number;
                        unitName: string;
                        maxUnits: number;
                    } | {
                        /** @constant */
                        type: "blended";
                        amount: number;
                        flatHours: number;
                        rate: number;
                        maxHours: number;
                    }) | null;
                    schedule: ({
                        /** @constant */
                        type: "fixed";
                        /** Format: date-time */
                        startsAt: string;
                        /** @default null */
                        endsAt: string | null;
                    } | {
                        /** @constant */
                        type: "window";
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string;
                    }) | null;
                } | null;
                maximumSpend: {
                    amount: number;
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                };
                /** Format: date-time */
                createdAt: string;
            }[];
            timeLogs: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                checkedInAt: string;
                checkedOutAt: string | null;
                minutes: number | null;
                note: string | null;
                early: boolean;
            }[];
            deliverables: {
                requirements: {
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    kind: "photo" | "document" | "signature" | "report";
                    title: string;
                    instructions: string;
                    requiredCount: number;
                    dueAt: string | null;
                    handedIn: number;
                    complete: boolean;
                    files: {
                        /** Format: uuid */
                        id: string;
                        fileName: string;
                        contentType: string;
                        size: number;
                        caption: string | null;
                        /** Format: date-time */
                        uploadedAt: string;
                        uploadedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        url: string;
                    }[];
                    report: {
                        text: string;
                        /** Format: date-time */
                        writtenAt: string;
                    } | null;
                    releasedFiles: {
                        /** Format: uuid */
                        id: string;
                        fileName: string;
                        contentType: string;
                        size: number;
                        caption: string | null;
                        /** Format: date-time */
                        uploadedAt: string;
                        uploadedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        url: string;
                        /** Format: date-time */
                        releasedAt: string;
                    }[];
                    releasedReports: {
                        /** Format: uuid */
                        id: string;
                        text: string;
                        /** Format: date-time */
                        writtenAt: string;
                        writtenBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: date-time */
                        releasedAt: string;
                    }[];
                }[];
                checklist: {
                    /** Format: uuid */
                    id: string;
                    text: string;
                    required: boolean;
                    done: boolean;
                    doneAt: string | null;
                }[];
                fields: {
                    /** Format: uuid */
                    id: string;
                    label: string;
                    /** @enum {string} */
                    type: "text" | "number" | "date" | "choice";
                    choices: string[];
                    required: boolean;
                    /** @enum {string} */
                    filledBy: "client" | "worker";
                    value: string | number | null;
                    filledAt: string | null;
                    canFill: boolean;
                }[];
                missing: {
                    /** @enum {string} */
                    part: "requirement" | "checklist" | "field";
                    /** Format: uuid */
                    id: string;
                    label: string;
                    message: string;
                }[];
                complete: boolean;
                canDefine: boolean;
                canHandIn: boolean;
            };
            requests: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "budget_increase" | "reschedule" | "expense" | "bonus";
                /** @enum {string} */
                status: "pending" | "accepted" | "declined" | "withdrawn" | "closed";
                amount: {
                    amount: number;
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                } | null;
                schedule: ({
                    /** @constant */
                    type: "fixed";
                    /** Format: date-time */
                    startsAt: string;
                    /** @default null */
                    endsAt: string | null;
                } | {
                    /** @constant */
                    type: "window";
                    /** Format: date-time */
                    startsAt: string;
                    /** Format: date-time */
                    endsAt: string;
                }) | null;
                reason: string;
                requestedBy: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                /** Format: date-time */
                requestedAt: string;
                answer: {
                    by: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                    } | null;
                    /** Format: date-time */
                    at: string;
                    note: string | null;
                } | null;
                actions: ("accept" | "decline" | "withdraw")[];
            }[];
            companyScorecard: components["schemas"]["ScorecardSummary"] | null;
            fundsSecured: boolean;
            invoice: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "assignment" | "cancellation_fee";
                /** @enum {string} */
                status: "open" | "paid" | "void";
                pastDue: boolean;
                /** @description whole days an open invoice is past its due date (0 until then) */
                daysLate: number;
                /** @enum {string} */
                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                /** @description what the worker earns */
                amount: number;
                /** @description the platform fee */
                fee: number;
                /** @description amount + fee: what the company pays */
                total: number;
                /** Format: date-time */
                dueAt: string;
                paidAt: string | null;
                /** @description true when nobody clicked: auto-pay on the due date, or immediate terms at approval */
                autoPaid: boolean;
            } | null;
            approvalWarnings: {
                /** @enum {string} */
                code: "claim_exceeds_logged_time" | "no_deliverables" | "deliverables_missing" | "early_check_in";
                message: string;
            }[];
            submittedAt: string | null;
            approvedAt: string | null;
            cancelledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        CaseFileView: {
            /** Format: uuid */
            id: string;
            messageId: string | null;
            fileName: string;
            contentType: string;
            size: number;
            uploadedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                side: "client" | "worker" | "team";
            };
            /** Format: date-time */
            uploadedAt: string;
            url: string;
        };
        EscalationView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "open" | "in_review" | "resolved" | "closed" | "withdrawn";
            /** @enum {string} */
            category: "payment_not_received" | "approval_delayed" | "unexplained_cancellation" | "quality_of_work" | "scope_changed" | "other";
            details: string;
            desiredOutcome: string;
            desiredAmount: {
                amount: number;
                /** @enum {string} */
                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
            } | null;
            openedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                side: "client" | "worker";
            };
            assignment: {
                /** Format: uuid */
                id: string;
                title: string;
                status: string;
                /** @enum {string} */
                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                company: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                worker: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                autoApprovalPaused: boolean;
                autoPayPaused: boolean;
            };
            assignedTo: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            firstResponseDueAt: string;
            firstResponseAt: string | null;
            lastUpdateAt: string | null;
            nextUpdateDueAt: string | null;
            overdue: boolean;
            closedAt: string | null;
            closingSummary: string | null;
            /** @enum {string} */
            party: "admin" | "manager" | "finance" | "viewer" | "worker" | "team";
            actions: ("message" | "reply" | "note" | "take" | "close" | "withdraw" | "propose")[];
            version: number;
            messages: {
                /** Format: uuid */
                id: string;
                author: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** @enum {string} */
                    side: "client" | "worker" | "team";
                };
                /** @enum {string} */
                visibility: "parties" | "team";
                body: string;
                /** Format: date-time */
                createdAt: string;
            }[];
            files: components["schemas"]["CaseFileView"][];
            proposals: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "pay" | "release" | "rework";
                amount: {
                    amount: number;
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                } | null;
                dueAt: string | null;
                note: string | null;
                proposedBy: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** @enum {string} */
                    side: "client" | "worker" | "team";
                };
                /** @enum {string} */
                status: "pending" | "executed" | "declined" | "superseded";
                clientAnswer: ("accepted" | "declined") | null;
                workerAnswer: ("accepted" | "declined") | null;
                executedAt: string | null;
                /** Format: date-time */
                createdAt: string;
                actions: ("accept" | "decline")[];
            }[];
            record: {
                thread: {
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    kind: "question" | "message";
                    side: string;
                    authorName: string;
                    body: string;
                    /** Format: date-time */
                    createdAt: string;
                }[];
                invoices: {
                    /** Format: uuid */
                    id: string;
                    kind: string;
                    status: string;
                    amount: {
                        amount: number;
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                    };
                    fee: {
                        amount: number;
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                    };
                    total: {
                        amount: number;
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                    };
                    /** Format: date-time */
                    issuedAt: string;
                    /** Format: date-time */
                    dueAt: string;
                    paidAt: string | null;
                }[];
                transfers: {
                    /** Format: uuid */
                    id: string;
                    reason: string;
                    /** Format: date-time */
                    createdAt: string;
                    postings: {
                        account: string;
                        amount: {
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        };
                    }[];
                }[];
            } | null;
        };
        PostedCaseMessage: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "open" | "in_review" | "resolved" | "closed" | "withdrawn";
            /** @enum {string} */
            category: "payment_not_received" | "approval_delayed" | "unexplained_cancellation" | "quality_of_work" | "scope_changed" | "other";
            details: string;
            desiredOutcome: string;
            desiredAmount: {
                amount: number;
                /** @enum {string} */
                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
            } | null;
            openedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                side: "client" | "worker";
            };
            assignment: {
                /** Format: uuid */
                id: string;
                title: string;
                status: string;
                /** @enum {string} */
                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                company: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                worker: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                autoApprovalPaused: boolean;
                autoPayPaused: boolean;
            };
            assignedTo: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            firstResponseDueAt: string;
            firstResponseAt: string | null;
            lastUpdateAt: string | null;
            nextUpdateDueAt: string | null;
            overdue: boolean;
            closedAt: string | null;
            closingSummary: string | null;
            /** @enum {string} */
            party: "admin" | "manager" | "finance" | "viewer" | "worker" | "team";
            actions: ("message" | "reply" | "note" | "take" | "close" | "withdraw" | "propose")[];
            version: number;
            messages: {
                /** Format: uuid */
                id: string;
                author: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** @enum {string} */
                    side: "client" | "worker" | "team";
                };
                /** @enum {string} */
                visibility: "parties" | "team";
                body: string;
                /** Format: date-time */
                createdAt: string;
            }[];
            files: components["schemas"]["CaseFileView"][];
            proposals: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "pay" | "release" | "rework";
                amount: {
                    amount: number;
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                } | null;
                dueAt: string | null;
                note: string | null;
                proposedBy: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** @enum {string} */
                    side: "client" | "worker" | "team";
                };
                /** @enum {string} */
                status: "pending" | "executed" | "declined" | "superseded";
                clientAnswer: ("accepted" | "declined") | null;
                workerAnswer: ("accepted" | "declined") | null;
                executedAt: string | null;
                /** Format: date-time */
                createdAt: string;
                actions: ("accept" | "decline")[];
            }[];
            record: {
                thread: {
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    kind: "question" | "message";
                    side: string;
                    authorName: string;
                    body: string;
                    /** Format: date-time */
                    createdAt: string;
                }[];
                invoices: {
                    /** Format: uuid */
                    id: string;
                    kind: string;
                    status: string;
                    amount: {
                        amount: number;
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                    };
                    fee: {
                        amount: number;
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                    };
                    total: {
                        amount: number;
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                    };
                    /** Format: date-time */
                    issuedAt: string;
                    /** Format: date-time */
                    dueAt: string;
                    paidAt: string | null;
                }[];
                transfers: {
                    /** Format: uuid */
                    id: string;
                    reason: string;
                    /** Format: date-time */
                    createdAt: string;
                    postings: {
                        account: string;
                        amount: {
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        };
                    }[];
                }[];
            } | null;
            /** @description The message just posted; a file for it names its `id` (`messageId`). */
            message: {
                /** Format: uuid */
                id: string;
                author: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** @enum {string} */
                    side: "client" | "worker" | "team";
                };
                /** @enum {string} */
                visibility: "parties" | "team";
                body: string;
                /** Format: date-time */
                createdAt: string;
            };
        };
        Rating: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            assignmentId: string;
            /**
             * @description Who is rated: the worker (by the company) or the company (by the worker)
             * @enum {string}
             */
            rates: "worker" | "company";
            /** Format: uuid */
            companyId: string;
            /** Format: uuid */
            workerId: string;
            /** @enum {string} */
            overall: "excellent" | "satisfied" | "unsatisfied";
            /** @description The three dimensions of this side, by name */
            scores: {
                [key: string]: "excellent" | "satisfied" | "unsatisfied";
            };
            review: string;
            /** @description ISO 8601 date-time */
            createdAt: string;
            /** @description ISO 8601 date-time */
            updatedAt: string;
            /** @description Null while hidden: only its author sees it then */
            publishedAt: string | null;
            reply: string | null;
            repliedAt: string | null;
            actions: ("reply" | "flag")[];
        };
        AssignmentRatings: {
            /** Format: uuid */
            assignmentId: string;
            ratings: components["schemas"]["Rating"][];
            /** @description The caller's own rating, if they gave one */
            mine: components["schemas"]["Rating"] | null;
            /** @description The caller may give (or still change) their rating now */
            canRate: boolean;
            /** @description Who the caller rates here: the worker or the company */
            rates: ("worker" | "company") | null;
            published: boolean;
            /** @description When the hidden ratings are published at the latest (14 days after the first); null before any rating */
            publishesAt: string | null;
        };
        RatingFlag: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ratingId: string;
            /** @description ISO 8601 date-time */
            createdAt: string;
        };
        ScorecardFigure: {
            /** @enum {string} */
            key: "approvalDays" | "approvedBeforeDeadline" | "paidOnTime" | "daysLate" | "pastDueNow" | "satisfaction" | "cancellations" | "lateCancellations" | "lateCancellationFeesPaid" | "responseTime" | "quality" | "professionalism" | "communication" | "onTimeArrival" | "deliverablesOnTime" | "completed" | "abandons" | "noShows";
            label: string;
            /** @description A share in 0..1, days, hours or a count (see unit); null without data */
            value: number | null;
            /** @enum {string} */
            unit: "share" | "days" | "count" | "hours";
            /** @description How many contributions (assignments, invoices, ratings) the value is made of */
            count: number;
            /** @enum {string} */
            window: "last90Days" | "allTime" | "now";
            definition: string;
            /** @description The seed's threshold is crossed (judged on the last 90 days) */
            red: boolean;
            /** @description Why the figure has no value, when it is not kept yet */
            note: string | null;
            /** @description The API path listing the contributions behind the figure */
            drillDown: string;
        };
        Scorecard: {
            subject: {
                /** @enum {string} */
                type: "company" | "worker";
                /** Format: uuid */
                id: string;
                name: string;
            };
            last90Days: components["schemas"]["ScorecardFigure"][];
            allTime: components["schemas"]["ScorecardFigure"][];
            /** @description The labels of the red figures, for a confirmation that names them */
            red: string[];
            /** @description A worker's scorecard read by a company member: the figures from that company's own assignments with the worker, all time (nobody else sees them); null otherwise */
            withYourCompany: {
                key: string;
                label: string;
                value: number | null;
                count: number;
            }[] | null;
        };
        WorkerScorecards: {
            /** @description One per worker asked, in the order asked, each as the worker's own scorecard read answers it */
            items: components["schemas"]["Scorecard"][];
        };
        ScorecardContribution: {
            /** @description ISO 8601 date-time */
            at: string;
            assignmentId: string | null;
            /** @description This contribution's value: 1 or 0 for a share, days for an average, 1 for a tally */
            value: number;
            note: string;
        };
        ScorecardDrillDown: {
            figure: components["schemas"]["ScorecardFigure"];
            items: components["schemas"]["ScorecardContribution"][];
            nextCursor: string | null;
        };
        ScorecardMonth: {
            /** @description The UTC month, YYYY-MM */
            month: string;
            /** @description The figure over that month alone; null without data */
            value: number | null;
            count: number;
            /** @description The seed's threshold is crossed in that month */
            red: boolean;
        };
        MonthlyScorecard: {
            subject: {
                /** @enum {string} */
                type: "company" | "worker";
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @description The last 12 UTC months, oldest first (YYYY-MM), the current one last */
            months: string[];
            figures: {
                /** @enum {string} */
                key: "approvalDays" | "approvedBeforeDeadline" | "paidOnTime" | "daysLate" | "pastDueNow" | "satisfaction" | "cancellations" | "lateCancellations" | "lateCancellationFeesPaid" | "responseTime" | "quality" | "professionalism" | "communication" | "onTimeArrival" | "deliverablesOnTime" | "completed" | "abandons" | "noShows";
                label: string;
                /** @enum {string} */
                unit: "share" | "days" | "count" | "hours";
                definition: string;
                /** @description Why the figure has no monthly values */
                note: string | null;
                /** @description One per month, in the order of `months` */
                points: components["schemas"]["ScorecardMonth"][];
            }[];
        };
        /**
         * @description A stable machine-readable problem code. The table in the API description says what each means.
         * @enum {string}
         */
        ProblemCode: "validation_failed" | "bad_request" | "unauthenticated" | "invalid_credentials" | "account_suspended" | "account_restricted" | "forbidden" | "csrf_rejected" | "policy_acceptance_required" | "requirements_not_met" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "email_taken" | "email_unverified" | "blocked" | "company_locked" | "invalid_transition" | "idempotency_key_in_progress" | "last_admin" | "policy_version_not_current" | "deliverables_incomplete" | "deliverable_in_use" | "request_already_pending" | "version_conflict" | "edit_window_closed" | "escalation_window_closed" | "escalation_already_open" | "webhook_disabled" | "sandbox_controls_off" | "settlement_not_possible" | "token_invalid" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "idempotency_key_reused" | "budget_exceeded" | "cancellation_fee_not_offered" | "insufficient_funds" | "payout_account_unverified" | "deposit_amounts_wrong" | "place_not_found" | "place_ambiguous" | "webhook_url_not_allowed" | "webhook_url_private" | "webhook_url_unresolvable" | "rate_limited" | "headers_too_large" | "internal" | "unavailable" | "busy_retry";
        FieldError: {
            /** @description JSON pointer into the request, e.g. `/body/email`. */
            pointer: string;
            message: string;
        };
        /** @description An RFC 9457 problem document (`application/problem+json`). Branch on `code`; show `detail` to a person. Some codes add fields of their own (e.g. `pending` on `policy_acceptance_required`). */
        Problem: {
            /**
             * Format: uri
             * @description A URI naming the code.
             */
            type: string;
            /** @description The code's fixed title. */
            title: string;
            /** @description The HTTP status, repeated. */
            status: number;
            code: components["schemas"]["ProblemCode"];
            /** @description What went wrong in this request, in a sentence for a person. */
            detail: string;
            /** @description Per-field errors. */
            errors?: components["schemas"]["FieldError"][];
            /** @description Quote it when reporting a problem; it is in the logs. */
            requestId?: string;
        } & {
            [key: string]: unknown;
        };
        WebhookPayload: {
            /** @description The event type, e.g. `assignment.approved`. */
            type: string;
            /**
             * Format: date-time
             * @description When the event happened.
             */
            timestamp: string;
            data: {
                /**
                 * Format: uuid
                 * @description The history event (`GET /api/v1/events`).
                 */
                eventId: string;
                /** @description The record the event is about. */
                subject: {
                    type: string;
                    /** Format: uuid */
                    id: string;
                };
                /** @description Who acted: a user, or the system. */
                actor: {
                    kind: string;
                    id: string | null;
                };
                /** @description The event's own data (what changed). */
                changes: {
                    [key: string]: unknown;
                };
                /** @description A snapshot of the record as the API answers it to the company. */
                record: {
                    [key: string]: unknown;
                } | null;
            };
        };
    };
    responses: {
        /** @description `validation_failed`: The request is not valid. */
        Problem400ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "validation_failed";
                };
            };
        };
        /** @description `validation_failed`: The request is not valid. `bad_request`: The request could not be read. */
        Problem400ValidationFailedBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "validation_failed" | "bad_request";
                };
            };
        };
        /** @description `unauthenticated`: Please log in. */
        Problem401Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "unauthenticated";
                };
            };
        };
        /** @description `unauthenticated`: Please log in. `invalid_credentials`: Email or password is wrong. */
        Problem401UnauthenticatedInvalidCredentials: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "unauthenticated" | "invalid_credentials";
                };
            };
        };
        /** @description `account_restricted`: A sanction on this account covers this action. `csrf_rejected`: Cross-site request refused. */
        Problem403AccountRestrictedCsrfRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "account_restricted" | "csrf_rejected";
                };
            };
        };
        /** @description `account_restricted`: A sanction on this account covers this action. `forbidden`: You may not do this. `csrf_rejected`: Cross-site request refused. */
        Problem403AccountRestrictedForbiddenCsrfRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "account_restricted" | "forbidden" | "csrf_rejected";
                };
            };
        };
        /** @description `account_restricted`: A sanction on this account covers this action. `forbidden`: You may not do this. `csrf_rejected`: Cross-site request refused. `blocked`: You cannot work with each other on Worklane. */
        Problem403AccountRestrictedForbiddenCsrfRejectedBlocked: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "account_restricted" | "forbidden" | "csrf_rejected" | "blocked";
                };
            };
        };
        /** @description `account_restricted`: A sanction on this account covers this action. `forbidden`: You may not do this. `csrf_rejected`: Cross-site request refused. `email_unverified`: Verify your email address first. `blocked`: You cannot work with each other on Worklane. */
        Problem403AccountRestrictedForbiddenCsrfRejectedEmailUnverifiedBlocked: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "account_restricted" | "forbidden" | "csrf_rejected" | "email_unverified" | "blocked";
                };
            };
        };
        /** @description `account_restricted`: A sanction on this account covers this action. `forbidden`: You may not do this. `csrf_rejected`: Cross-site request refused. `policy_acceptance_required`: Please accept the current policies first. */
        Problem403AccountRestrictedForbiddenCsrfRejectedPolicyAcceptanceRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "account_restricted" | "forbidden" | "csrf_rejected" | "policy_acceptance_required";
                };
            };
        };
        /** @description `account_restricted`: A sanction on this account covers this action. `forbidden`: You may not do this. `csrf_rejected`: Cross-site request refused. `policy_acceptance_required`: Please accept the current policies first. `email_unverified`: Verify your email address first. `blocked`: You cannot work with each other on Worklane. */
        Problem403AccountRestrictedForbiddenCsrfRejectedPolicyAcceptanceRequiredEmailUnverifiedBlocked: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "account_restricted" | "forbidden" | "csrf_rejected" | "policy_acceptance_required" | "email_unverified" | "blocked";
                };
            };
        };
        /** @description `account_restricted`: A sanction on this account covers this action. `forbidden`: You may not do this. `csrf_rejected`: Cross-site request refused. `policy_acceptance_required`: Please accept the current policies first. `requirements_not_met`: You do not meet this work's requirements. `email_unverified`: Verify your email address first. `blocked`: You cannot work with each other on Worklane. */
        Problem403AccountRestrictedForbiddenCsrfRejectedPolicyAcceptanceRequiredRequirementsNotMetEmailUnverifiedBlocked: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "account_restricted" | "forbidden" | "csrf_rejected" | "policy_acceptance_required" | "requirements_not_met" | "email_unverified" | "blocked";
                };
            };
        };
        /** @description `account_restricted`: A sanction on this account covers this action. `forbidden`: You may not do this. `csrf_rejected`: Cross-site request refused. `policy_acceptance_required`: Please accept the current policies first. `requirements_not_met`: You do not meet this work's requirements. `email_unverified`: Verify your email address first. `blocked`: You cannot work with each other on Worklane. `company_locked`: The company account is locked for past-due invoices. */
        Problem403AccountRestrictedForbiddenCsrfRejectedPolicyAcceptanceRequiredRequirementsNotMetEmailUnverifiedBlockedCompanyLocked: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "account_restricted" | "forbidden" | "csrf_rejected" | "policy_acceptance_required" | "requirements_not_met" | "email_unverified" | "blocked" | "company_locked";
                };
            };
        };
        /** @description `account_restricted`: A sanction on this account covers this action. `forbidden`: You may not do this. `csrf_rejected`: Cross-site request refused. `requirements_not_met`: You do not meet this work's requirements. `blocked`: You cannot work with each other on Worklane. */
        Problem403AccountRestrictedForbiddenCsrfRejectedRequirementsNotMetBlocked: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "account_restricted" | "forbidden" | "csrf_rejected" | "requirements_not_met" | "blocked";
                };
            };
        };
        /** @description `account_suspended`: This account is suspended. `csrf_rejected`: Cross-site request refused. */
        Problem403AccountSuspendedCsrfRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "account_suspended" | "csrf_rejected";
                };
            };
        };
        /** @description `csrf_rejected`: Cross-site request refused. */
        Problem403CsrfRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "csrf_rejected";
                };
            };
        };
        /** @description `forbidden`: You may not do this. */
        Problem403Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "forbidden";
                };
            };
        };
        /** @description `forbidden`: You may not do this. `csrf_rejected`: Cross-site request refused. */
        Problem403ForbiddenCsrfRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "forbidden" | "csrf_rejected";
                };
            };
        };
        /** @description `forbidden`: You may not do this. `csrf_rejected`: Cross-site request refused. `sandbox_controls_off`: Sandbox test controls are switched off on this server. */
        Problem403ForbiddenCsrfRejectedSandboxControlsOff: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "forbidden" | "csrf_rejected" | "sandbox_controls_off";
                };
            };
        };
        /** @description `not_found`: Not found. */
        Problem404NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "not_found";
                };
            };
        };
        /** @description `conflict`: This conflicts with existing data. `email_taken`: An account with this email already exists. `idempotency_key_in_progress`: A request with this Idempotency-Key is still running. */
        Problem409ConflictEmailTakenIdempotencyKeyInProgress: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "conflict" | "email_taken" | "idempotency_key_in_progress";
                };
            };
        };
        /** @description `conflict`: This conflicts with existing data. `idempotency_key_in_progress`: A request with this Idempotency-Key is still running. */
        Problem409ConflictIdempotencyKeyInProgress: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "conflict" | "idempotency_key_in_progress";
                };
            };
        };
        /** @description `conflict`: This conflicts with existing data. `idempotency_key_in_progress`: A request with this Idempotency-Key is still running. `edit_window_closed`: This can no longer be edited. */
        Problem409ConflictIdempotencyKeyInProgressEditWindowClosed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "conflict" | "idempotency_key_in_progress" | "edit_window_closed";
                };
            };
        };
        /** @description `conflict`: This conflicts with existing data. `invalid_transition`: This action is not possible now. `idempotency_key_in_progress`: A request with this Idempotency-Key is still running. */
        Problem409ConflictInvalidTransitionIdempotencyKeyInProgress: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "conflict" | "invalid_transition" | "idempotency_key_in_progress";
                };
            };
        };
        /** @description `edit_window_closed`: This can no longer be edited. */
        Problem409EditWindowClosed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "edit_window_closed";
                };
            };
        };
        /** @description `idempotency_key_in_progress`: A request with this Idempotency-Key is still running. */
        Problem409IdempotencyKeyInProgress: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "idempotency_key_in_progress";
                };
            };
        };
        /** @description `idempotency_key_in_progress`: A request with this Idempotency-Key is still running. `last_admin`: A company needs at least one admin. */
        Problem409IdempotencyKeyInProgressLastAdmin: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "idempotency_key_in_progress" | "last_admin";
                };
            };
        };
        /** @description `idempotency_key_in_progress`: A request with this Idempotency-Key is still running. `policy_version_not_current`: A newer version of this policy has been published. */
        Problem409IdempotencyKeyInProgressPolicyVersionNotCurrent: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "idempotency_key_in_progress" | "policy_version_not_current";
                };
            };
        };
        /** @description `idempotency_key_in_progress`: A request with this Idempotency-Key is still running. `version_conflict`: This record changed since you loaded it. */
        Problem409IdempotencyKeyInProgressVersionConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "idempotency_key_in_progress" | "version_conflict";
                };
            };
        };
        /** @description `idempotency_key_in_progress`: A request with this Idempotency-Key is still running. `webhook_disabled`: This webhook endpoint is disabled. */
        Problem409IdempotencyKeyInProgressWebhookDisabled: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "idempotency_key_in_progress" | "webhook_disabled";
                };
            };
        };
        /** @description `invalid_transition`: This action is not possible now. */
        Problem409InvalidTransition: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "invalid_transition";
                };
            };
        };
        /** @description `invalid_transition`: This action is not possible now. `deliverable_in_use`: Work was already handed in for this deliverable. */
        Problem409InvalidTransitionDeliverableInUse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "invalid_transition" | "deliverable_in_use";
                };
            };
        };
        /** @description `invalid_transition`: This action is not possible now. `idempotency_key_in_progress`: A request with this Idempotency-Key is still running. */
        Problem409InvalidTransitionIdempotencyKeyInProgress: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "invalid_transition" | "idempotency_key_in_progress";
                };
            };
        };
        /** @description `invalid_transition`: This action is not possible now. `idempotency_key_in_progress`: A request with this Idempotency-Key is still running. `deliverables_incomplete`: Deliverables are missing. */
        Problem409InvalidTransitionIdempotencyKeyInProgressDeliverablesIncomplete: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "invalid_transition" | "idempotency_key_in_progress" | "deliverables_incomplete";
                };
            };
        };
        /** @description `invalid_transition`: This action is not possible now. `idempotency_key_in_progress`: A request with this Idempotency-Key is still running. `escalation_window_closed`: This assignment can no longer be escalated. `escalation_already_open`: A case about this assignment is already open. */
        Problem409InvalidTransitionIdempotencyKeyInProgressEscalationWindowClosedEscalationAlreadyOpen: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "invalid_transition" | "idempotency_key_in_progress" | "escalation_window_closed" | "escalation_already_open";
                };
            };
        };
        /** @description `invalid_transition`: This action is not possible now. `idempotency_key_in_progress`: A request with this Idempotency-Key is still running. `request_already_pending`: A request of this kind is already waiting for an answer. */
        Problem409InvalidTransitionIdempotencyKeyInProgressRequestAlreadyPending: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "invalid_transition" | "idempotency_key_in_progress" | "request_already_pending";
                };
            };
        };
        /** @description `invalid_transition`: This action is not possible now. `idempotency_key_in_progress`: A request with this Idempotency-Key is still running. `settlement_not_possible`: This settlement is not possible for the assignment now. */
        Problem409InvalidTransitionIdempotencyKeyInProgressSettlementNotPossible: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "invalid_transition" | "idempotency_key_in_progress" | "settlement_not_possible";
                };
            };
        };
        /** @description `invalid_transition`: This action is not possible now. `version_conflict`: This record changed since you loaded it. */
        Problem409InvalidTransitionVersionConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "invalid_transition" | "version_conflict";
                };
            };
        };
        /** @description `last_admin`: A company needs at least one admin. */
        Problem409LastAdmin: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "last_admin";
                };
            };
        };
        /** @description `token_invalid`: This link is invalid or has expired. */
        Problem410TokenInvalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "token_invalid";
                };
            };
        };
        /** @description `payload_too_large`: The request body is too large. */
        Problem413PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "payload_too_large";
                };
            };
        };
        /** @description `unsupported_media_type`: Unsupported content type. */
        Problem415UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "unsupported_media_type";
                };
            };
        };
        /** @description `idempotency_key_reused`: This Idempotency-Key was used for a different request. */
        Problem422IdempotencyKeyReused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "idempotency_key_reused";
                };
            };
        };
        /** @description `idempotency_key_reused`: This Idempotency-Key was used for a different request. `budget_exceeded`: This is above the assignment's maximum spend. */
        Problem422IdempotencyKeyReusedBudgetExceeded: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "idempotency_key_reused" | "budget_exceeded";
                };
            };
        };
        /** @description `idempotency_key_reused`: This Idempotency-Key was used for a different request. `budget_exceeded`: This is above the assignment's maximum spend. `cancellation_fee_not_offered`: No cancellation fee applies to this cancellation. */
        Problem422IdempotencyKeyReusedBudgetExceededCancellationFeeNotOffered: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "idempotency_key_reused" | "budget_exceeded" | "cancellation_fee_not_offered";
                };
            };
        };
        /** @description `idempotency_key_reused`: This Idempotency-Key was used for a different request. `deposit_amounts_wrong`: The deposit amounts do not match. */
        Problem422IdempotencyKeyReusedDepositAmountsWrong: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "idempotency_key_reused" | "deposit_amounts_wrong";
                };
            };
        };
        /** @description `idempotency_key_reused`: This Idempotency-Key was used for a different request. `insufficient_funds`: Not enough funds. */
        Problem422IdempotencyKeyReusedInsufficientFunds: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "idempotency_key_reused" | "insufficient_funds";
                };
            };
        };
        /** @description `idempotency_key_reused`: This Idempotency-Key was used for a different request. `insufficient_funds`: Not enough funds. `payout_account_unverified`: Payouts go only to a verified payout account. */
        Problem422IdempotencyKeyReusedInsufficientFundsPayoutAccountUnverified: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "idempotency_key_reused" | "insufficient_funds" | "payout_account_unverified";
                };
            };
        };
        /** @description `idempotency_key_reused`: This Idempotency-Key was used for a different request. `place_not_found`: We could not find this place. `place_ambiguous`: Several places match this name. */
        Problem422IdempotencyKeyReusedPlaceNotFoundPlaceAmbiguous: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "idempotency_key_reused" | "place_not_found" | "place_ambiguous";
                };
            };
        };
        /** @description `idempotency_key_reused`: This Idempotency-Key was used for a different request. `webhook_url_not_allowed`: Webhooks need an http(s) address without credentials. `webhook_url_private`: Webhooks cannot go to private addresses. `webhook_url_unresolvable`: The webhook address does not resolve. */
        Problem422IdempotencyKeyReusedWebhookUrlNotAllowedWebhookUrlPrivateWebhookUrlUnresolvable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "idempotency_key_reused" | "webhook_url_not_allowed" | "webhook_url_private" | "webhook_url_unresolvable";
                };
            };
        };
        /** @description `place_not_found`: We could not find this place. `place_ambiguous`: Several places match this name. */
        Problem422PlaceNotFoundPlaceAmbiguous: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "place_not_found" | "place_ambiguous";
                };
            };
        };
        /** @description `webhook_url_not_allowed`: Webhooks need an http(s) address without credentials. `webhook_url_private`: Webhooks cannot go to private addresses. `webhook_url_unresolvable`: The webhook address does not resolve. */
        Problem422WebhookUrlNotAllowedWebhookUrlPrivateWebhookUrlUnresolvable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "webhook_url_not_allowed" | "webhook_url_private" | "webhook_url_unresolvable";
                };
            };
        };
        /** @description `rate_limited`: Too many attempts. */
        Problem429RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code: "rate_limited";
                };
            };
        };
    };
    parameters: {
        /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /** @description `true` when this answer is the stored answer to an earlier request with the same Idempotency-Key. */
        IdempotentReplayed: "true";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
        };
    };
    signUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                    name: string;
                    /** @enum {string} */
                    accountType: "client";
                    companyName: string;
                } | {
                    email: string;
                    password: string;
                    name: string;
                    /** @enum {string} */
                    accountType: "worker";
                };
            };
        };
        responses: {
            /** @description Accepted: the work is queued */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403CsrfRejected"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
            429: components["responses"]["Problem429RateLimited"];
        };
    };
    verifyEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403CsrfRejected"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            410: components["responses"]["Problem410TokenInvalid"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    resendVerificationEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: the work is queued */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedCsrfRejected"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
            429: components["responses"]["Problem429RateLimited"];
        };
    };
    logIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        accountType: "client" | "worker" | "staff";
                        staffRole: ("admin" | "escalations" | "trust_safety") | null;
                        company: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "manager" | "finance" | "viewer";
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        emailVerified: boolean;
                        timeZone: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401UnauthenticatedInvalidCredentials"];
            403: components["responses"]["Problem403AccountSuspendedCsrfRejected"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            429: components["responses"]["Problem429RateLimited"];
        };
    };
    logOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403CsrfRejected"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description Accepted: the work is queued */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403CsrfRejected"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                        sessionsEnded: number;
                        apiKeysRevoked: number;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403CsrfRejected"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            410: components["responses"]["Problem410TokenInvalid"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        me: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            accountType: "client" | "worker" | "staff";
                            staffRole: ("admin" | "escalations" | "trust_safety") | null;
                            company: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "manager" | "finance" | "viewer";
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            emailVerified: boolean;
                            timeZone: string | null;
                        } | null;
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        accountType: "client" | "worker" | "staff";
                        staffRole: ("admin" | "escalations" | "trust_safety") | null;
                        company: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "manager" | "finance" | "viewer";
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        emailVerified: boolean;
                        timeZone: string | null;
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    timeZone?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        accountType: "client" | "worker" | "staff";
                        staffRole: ("admin" | "escalations" | "trust_safety") | null;
                        company: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "manager" | "finance" | "viewer";
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        emailVerified: boolean;
                        timeZone: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedCsrfRejected"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                    revokeApiKeys?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                        sessionsEnded: number;
                        apiKeysRevoked: number;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedCsrfRejected"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            prefix: string;
                            /** Format: date-time */
                            createdAt: string;
                            lastUsedAt: string | null;
                            expiresAt: string | null;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    expiresInDays?: number | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        apiKey: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            prefix: string;
                            /** Format: date-time */
                            createdAt: string;
                            lastUsedAt: string | null;
                            expiresAt: string | null;
                            revokedAt: string | null;
                        };
                        token: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedCsrfRejected"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        prefix: string;
                        /** Format: date-time */
                        createdAt: string;
                        lastUsedAt: string | null;
                        expiresAt: string | null;
                        revokedAt: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    listMembers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            userId: string;
                            name: string;
                            email: string;
                            /** @enum {string} */
                            role: "admin" | "manager" | "finance" | "viewer";
                            /** Format: date-time */
                            joinedAt: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    changeMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "admin" | "manager" | "finance" | "viewer";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                        name: string;
                        email: string;
                        /** @enum {string} */
                        role: "admin" | "manager" | "finance" | "viewer";
                        /** Format: date-time */
                        joinedAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409LastAdmin"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgressLastAdmin"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    listInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            /** @enum {string} */
                            role: "admin" | "manager" | "finance" | "viewer";
                            /** @enum {string} */
                            status: "pending" | "accepted" | "revoked" | "expired";
                            invitedBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    inviteMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /** @enum {string} */
                    role: "admin" | "manager" | "finance" | "viewer";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        /** @enum {string} */
                        role: "admin" | "manager" | "finance" | "viewer";
                        /** @enum {string} */
                        status: "pending" | "accepted" | "revoked" | "expired";
                        invitedBy: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        expiresAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            409: components["responses"]["Problem409ConflictEmailTakenIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        /** @enum {string} */
                        role: "admin" | "manager" | "finance" | "viewer";
                        /** @enum {string} */
                        status: "pending" | "accepted" | "revoked" | "expired";
                        invitedBy: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        expiresAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    previewInvitation: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        companyName: string;
                        email: string;
                        /** @enum {string} */
                        role: "admin" | "manager" | "finance" | "viewer";
                        /** Format: date-time */
                        expiresAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            410: components["responses"]["Problem410TokenInvalid"];
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    name: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        accountType: "client" | "worker" | "staff";
                        staffRole: ("admin" | "escalations" | "trust_safety") | null;
                        company: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "manager" | "finance" | "viewer";
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        emailVerified: boolean;
                        timeZone: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403CsrfRejected"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            410: components["responses"]["Problem410TokenInvalid"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    listUsersForStaff: {
        parameters: {
            query?: {
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            accountType: "client" | "worker" | "staff";
                            staffRole: ("admin" | "escalations" | "trust_safety") | null;
                            companyName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    getPolicyOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            kind: "terms_of_service" | "client_guidelines" | "worker_guidelines" | "violation_guidelines";
                            label: string;
                            audience: ("client" | "worker")[];
                            current: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "terms_of_service" | "client_guidelines" | "worker_guidelines" | "violation_guidelines";
                                version: number;
                                title: string;
                                summaryOfChanges: string;
                                /** Format: date-time */
                                publishedAt: string;
                            };
                            appliesToYou: boolean | null;
                            acceptedAt: string | null;
                            lastAcceptedVersion: number | null;
                        }[];
                        pending: {
                            /** @enum {string} */
                            kind: "terms_of_service" | "client_guidelines" | "worker_guidelines" | "violation_guidelines";
                            /** Format: uuid */
                            versionId: string;
                            version: number;
                            title: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
        };
    };
    acceptPolicies: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    versionIds: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            kind: "terms_of_service" | "client_guidelines" | "worker_guidelines" | "violation_guidelines";
                            label: string;
                            audience: ("client" | "worker")[];
                            current: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "terms_of_service" | "client_guidelines" | "worker_guidelines" | "violation_guidelines";
                                version: number;
                                title: string;
                                summaryOfChanges: string;
                                /** Format: date-time */
                                publishedAt: string;
                            };
                            appliesToYou: boolean | null;
                            acceptedAt: string | null;
                            lastAcceptedVersion: number | null;
                        }[];
                        pending: {
                            /** @enum {string} */
                            kind: "terms_of_service" | "client_guidelines" | "worker_guidelines" | "violation_guidelines";
                            /** Format: uuid */
                            versionId: string;
                            version: number;
                            title: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgressPolicyVersionNotCurrent"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    getPolicyDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "terms_of_service" | "client_guidelines" | "worker_guidelines" | "violation_guidelines";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "terms_of_service" | "client_guidelines" | "worker_guidelines" | "violation_guidelines";
                        label: string;
                        current: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "terms_of_service" | "client_guidelines" | "worker_guidelines" | "violation_guidelines";
                            version: number;
                            title: string;
                            summaryOfChanges: string;
                            /** Format: date-time */
                            publishedAt: string;
                            body: string;
                            publishedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        };
                        versions: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "terms_of_service" | "client_guidelines" | "worker_guidelines" | "violation_guidelines";
                            version: number;
                            title: string;
                            summaryOfChanges: string;
                            /** Format: date-time */
                            publishedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    getPolicyVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "terms_of_service" | "client_guidelines" | "worker_guidelines" | "violation_guidelines";
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "terms_of_service" | "client_guidelines" | "worker_guidelines" | "violation_guidelines";
                        version: number;
                        title: string;
                        summaryOfChanges: string;
                        /** Format: date-time */
                        publishedAt: string;
                        body: string;
                        publishedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        previous: {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            title: string;
                            body: string;
                        } | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    publishPolicyVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                kind: "terms_of_service" | "client_guidelines" | "worker_guidelines" | "violation_guidelines";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    body: string;
                    summaryOfChanges: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "terms_of_service" | "client_guidelines" | "worker_guidelines" | "violation_guidelines";
                        version: number;
                        title: string;
                        summaryOfChanges: string;
                        /** Format: date-time */
                        publishedAt: string;
                        body: string;
                        publishedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403ForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    suggestPlaces: {
        parameters: {
            query: {
                q: string;
                country?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            city: string;
                            region: string | null;
                            country: string;
                            latitude: number;
                            longitude: number;
                            population: number;
                            label: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
        };
    };
    getMyCompany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        about: string;
                        industry: ("Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other") | null;
                        website: string | null;
                        headquarters: {
                            address: string | null;
                            city: string;
                            region: string | null;
                            postalCode: string | null;
                            country: string;
                            latitude: number;
                            longitude: number;
                        } | null;
                        timeZone: string | null;
                        /** Format: date-time */
                        memberSince: string;
                        settings: {
                            paymentTermsDays: number;
                            autoApprovalHours: number;
                            lateCancellationFeePercent: number;
                            confirmationHoursBeforeStart: number | null;
                            /** @enum {string} */
                            defaultCurrency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        };
                        paymentSettings: {
                            securedFunds: boolean;
                        };
                        plan: {
                            /** @enum {string} */
                            name: "standard" | "enterprise";
                            feeBasisPoints: number;
                        };
                        actions: ("update" | "update_settings" | "update_payment_settings")[];
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    updateCompany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    about?: string;
                    industry?: ("Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other") | null;
                    website?: string | null;
                    headquarters?: {
                        /** @default null */
                        address?: string | null;
                        /** @default null */
                        city?: string | null;
                        /** @default null */
                        region?: string | null;
                        /** @default null */
                        postalCode?: string | null;
                        /** @default null */
                        country?: string | null;
                        /** @default null */
                        latitude?: number | null;
                        /** @default null */
                        longitude?: number | null;
                    } | null;
                    timeZone?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        about: string;
                        industry: ("Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other") | null;
                        website: string | null;
                        headquarters: {
                            address: string | null;
                            city: string;
                            region: string | null;
                            postalCode: string | null;
                            country: string;
                            latitude: number;
                            longitude: number;
                        } | null;
                        timeZone: string | null;
                        /** Format: date-time */
                        memberSince: string;
                        settings: {
                            paymentTermsDays: number;
                            autoApprovalHours: number;
                            lateCancellationFeePercent: number;
                            confirmationHoursBeforeStart: number | null;
                            /** @enum {string} */
                            defaultCurrency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        };
                        paymentSettings: {
                            securedFunds: boolean;
                        };
                        plan: {
                            /** @enum {string} */
                            name: "standard" | "enterprise";
                            feeBasisPoints: number;
                        };
                        actions: ("update" | "update_settings" | "update_payment_settings")[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422PlaceNotFoundPlaceAmbiguous"];
        };
    };
    updateCompanySettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    paymentTermsDays?: number;
                    autoApprovalHours?: number;
                    lateCancellationFeePercent?: number;
                    confirmationHoursBeforeStart?: number | null;
                    /** @enum {string} */
                    defaultCurrency?: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        about: string;
                        industry: ("Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other") | null;
                        website: string | null;
                        headquarters: {
                            address: string | null;
                            city: string;
                            region: string | null;
                            postalCode: string | null;
                            country: string;
                            latitude: number;
                            longitude: number;
                        } | null;
                        timeZone: string | null;
                        /** Format: date-time */
                        memberSince: string;
                        settings: {
                            paymentTermsDays: number;
                            autoApprovalHours: number;
                            lateCancellationFeePercent: number;
                            confirmationHoursBeforeStart: number | null;
                            /** @enum {string} */
                            defaultCurrency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        };
                        paymentSettings: {
                            securedFunds: boolean;
                        };
                        plan: {
                            /** @enum {string} */
                            name: "standard" | "enterprise";
                            feeBasisPoints: number;
                        };
                        actions: ("update" | "update_settings" | "update_payment_settings")[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
        };
    };
    updatePaymentSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    securedFunds: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        about: string;
                        industry: ("Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other") | null;
                        website: string | null;
                        headquarters: {
                            address: string | null;
                            city: string;
                            region: string | null;
                            postalCode: string | null;
                            country: string;
                            latitude: number;
                            longitude: number;
                        } | null;
                        timeZone: string | null;
                        /** Format: date-time */
                        memberSince: string;
                        settings: {
                            paymentTermsDays: number;
                            autoApprovalHours: number;
                            lateCancellationFeePercent: number;
                            confirmationHoursBeforeStart: number | null;
                            /** @enum {string} */
                            defaultCurrency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        };
                        paymentSettings: {
                            securedFunds: boolean;
                        };
                        plan: {
                            /** @enum {string} */
                            name: "standard" | "enterprise";
                            feeBasisPoints: number;
                        };
                        actions: ("update" | "update_settings" | "update_payment_settings")[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
        };
    };
    getPublicCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        about: string;
                        industry: ("Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other") | null;
                        website: string | null;
                        headquarters: {
                            city: string;
                            region: string | null;
                            country: string;
                        } | null;
                        timeZone: string | null;
                        /** Format: date-time */
                        memberSince: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    listCompaniesForStaff: {
        parameters: {
            query?: {
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: date-time */
                            memberSince: string;
                            plan: {
                                /** @enum {string} */
                                name: "standard" | "enterprise";
                                feeBasisPoints: number;
                            };
                            paymentTermsDays: number;
                            paymentSettings: {
                                securedFunds: boolean;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    getCompanyForStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** Format: date-time */
                        memberSince: string;
                        plan: {
                            /** @enum {string} */
                            name: "standard" | "enterprise";
                            feeBasisPoints: number;
                        };
                        paymentTermsDays: number;
                        paymentSettings: {
                            securedFunds: boolean;
                        };
                        plans: {
                            /** @enum {string} */
                            name: "standard" | "enterprise";
                            feeBasisPoints: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    setCompanyPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    plan: "standard" | "enterprise";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        companyId: string;
                        plan: {
                            /** @enum {string} */
                            name: "standard" | "enterprise";
                            feeBasisPoints: number;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403ForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
        };
    };
    listBlocks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            blockedBy: "worker" | "company";
                            company: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            worker: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
        };
    };
    createBlock: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The company a worker blocks.
                     */
                    companyId?: string;
                    /**
                     * Format: uuid
                     * @description The worker a company blocks.
                     */
                    workerId?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        blockedBy: "worker" | "company";
                        company: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        worker: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        blockedBy: "worker" | "company";
                        company: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        worker: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403ForbiddenCsrfRejected"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    removeBlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403ForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    getMyWorkerProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                        name: string;
                        headline: string | null;
                        bio: string;
                        skills: string[];
                        industries: ("Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other")[];
                        homeLocation: {
                            address: string | null;
                            city: string;
                            region: string | null;
                            postalCode: string | null;
                            country: string;
                            latitude: number;
                            longitude: number;
                        } | null;
                        travelRadiusKm: number;
                        hourlyRate: {
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        } | null;
                        timeZone: string | null;
                        /** Format: date-time */
                        memberSince: string;
                        updatedAt: string | null;
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    updateWorkerProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    headline?: string | null;
                    bio?: string;
                    skills?: string[];
                    industries?: ("Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other")[];
                    homeLocation?: {
                        /** @default null */
                        address?: string | null;
                        /** @default null */
                        city?: string | null;
                        /** @default null */
                        region?: string | null;
                        /** @default null */
                        postalCode?: string | null;
                        /** @default null */
                        country?: string | null;
                        /** @default null */
                        latitude?: number | null;
                        /** @default null */
                        longitude?: number | null;
                    } | null;
                    travelRadiusKm?: number;
                    hourlyRate?: {
                        amount: number;
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                    } | null;
                    timeZone?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                        name: string;
                        headline: string | null;
                        bio: string;
                        skills: string[];
                        industries: ("Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other")[];
                        homeLocation: {
                            address: string | null;
                            city: string;
                            region: string | null;
                            postalCode: string | null;
                            country: string;
                            latitude: number;
                            longitude: number;
                        } | null;
                        travelRadiusKm: number;
                        hourlyRate: {
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        } | null;
                        timeZone: string | null;
                        /** Format: date-time */
                        memberSince: string;
                        updatedAt: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422PlaceNotFoundPlaceAmbiguous"];
        };
    };
    getPublicWorker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        headline: string | null;
                        bio: string;
                        skills: string[];
                        industries: ("Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other")[];
                        location: {
                            city: string;
                            region: string | null;
                            country: string;
                        } | null;
                        travelRadiusKm: number;
                        hourlyRate: {
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        } | null;
                        timeZone: string | null;
                        /** Format: date-time */
                        memberSince: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /** @description Only unread notifications when true. */
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            type: "assignment.update" | "question.asked" | "question.answered" | "message.received" | "note.mention" | "webhook.disabled" | "escalation.update" | "talent.update" | "moderation.notice";
                            title: string;
                            body: string;
                            link: string;
                            subject: {
                                type: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            read: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                        /** @description All of the caller's unread notifications, not only this page's. */
                        unreadCount: number;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
        };
    };
    markNotificationsRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    id: string;
                } | {
                    /** @enum {boolean} */
                    all: true;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        marked: number;
                        unreadCount: number;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    streamNotifications: {
        parameters: {
            query?: {
                /** @description The server ends the stream after this long; EventSource reconnects on its own (0: send the count and end). */
                maxSeconds?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-Sent Events: `unread` ({ unreadCount }) first, then `notification` (a NotificationView) per new entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
        };
    };
    getNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            type: ("assignment.update" | "question.asked" | "question.answered" | "message.received" | "note.mention" | "webhook.disabled" | "escalation.update" | "talent.update" | "moderation.notice") | "security";
                            /** @enum {string} */
                            channel: "in_app" | "email" | "both" | "none";
                            digest: boolean;
                            locked: boolean;
                        }[];
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
        };
    };
    updateNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    preferences: {
                        /** @enum {string} */
                        type: "assignment.update" | "question.asked" | "question.answered" | "message.received" | "note.mention" | "webhook.disabled" | "escalation.update" | "talent.update" | "moderation.notice";
                        /** @enum {string} */
                        channel: "in_app" | "email" | "both" | "none";
                        /** @default false */
                        digest?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            type: ("assignment.update" | "question.asked" | "question.answered" | "message.received" | "note.mention" | "webhook.disabled" | "escalation.update" | "talent.update" | "moderation.notice") | "security";
                            /** @enum {string} */
                            channel: "in_app" | "email" | "both" | "none";
                            digest: boolean;
                            locked: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedCsrfRejected"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Webhook"][];
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url: string;
                    eventTypes: ("assignment.created" | "assignment.updated" | "assignment.sent" | "assignment.accepted" | "assignment.declined" | "assignment.applied" | "assignment.assigned" | "assignment.confirmed" | "assignment.checked_in" | "assignment.checked_out" | "assignment.submitted" | "assignment.returned" | "assignment.approved" | "assignment.invoiced" | "assignment.cancelled" | "assignment.abandoned" | "assignment.paid" | "assignment.request_made" | "assignment.request_accepted" | "assignment.request_declined" | "invoice.opened" | "invoice.paid" | "invoice.voided" | "escalation.opened" | "escalation.taken" | "escalation.message_posted" | "escalation.proposed" | "escalation.proposal_accepted" | "escalation.proposal_declined" | "escalation.file_added" | "escalation.withdrawn" | "escalation.resolved" | "escalation.closed")[];
                    /** @default null */
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook: components["schemas"]["Webhook"];
                        /** @description The signing secret, answered this once; every other answer carries `secretHint`. */
                        secret: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReusedWebhookUrlNotAllowedWebhookUrlPrivateWebhookUrlUnresolvable"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url?: string;
                    eventTypes?: ("assignment.created" | "assignment.updated" | "assignment.sent" | "assignment.accepted" | "assignment.declined" | "assignment.applied" | "assignment.assigned" | "assignment.confirmed" | "assignment.checked_in" | "assignment.checked_out" | "assignment.submitted" | "assignment.returned" | "assignment.approved" | "assignment.invoiced" | "assignment.cancelled" | "assignment.abandoned" | "assignment.paid" | "assignment.request_made" | "assignment.request_accepted" | "assignment.request_declined" | "invoice.opened" | "invoice.paid" | "invoice.voided" | "escalation.opened" | "escalation.taken" | "escalation.message_posted" | "escalation.proposed" | "escalation.proposal_accepted" | "escalation.proposal_declined" | "escalation.file_added" | "escalation.withdrawn" | "escalation.resolved" | "escalation.closed")[];
                    description?: string | null;
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422WebhookUrlNotAllowedWebhookUrlPrivateWebhookUrlUnresolvable"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook: components["schemas"]["Webhook"];
                        /** @description The signing secret, answered this once; every other answer carries `secretHint`. */
                        secret: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    sendWebhookTest: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: the work is queued */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgressWebhookDisabled"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "pending" | "sending" | "delivered" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookDelivery"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    replayWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: the work is queued */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgressWebhookDisabled"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    listMyCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            workerId: string;
                            workerName: string;
                            /** @enum {string} */
                            kind: "certification" | "licence" | "insurance" | "screening";
                            name: string;
                            number: string | null;
                            issuer: string | null;
                            region: string | null;
                            country: string | null;
                            coverage: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            } | null;
                            performedOn: string | null;
                            expiresOn: string | null;
                            /** @enum {string} */
                            status: "pending" | "verified" | "rejected" | "expired";
                            reviews: {
                                /** @enum {string} */
                                decision: "verified" | "rejected";
                                reason: string | null;
                                /** @enum {string} */
                                by: "company" | "staff";
                                companyName: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            document: {
                                fileName: string;
                                contentType: string;
                                size: number;
                                url: string;
                            } | null;
                            actions: ("upload_document" | "verify" | "reject")[];
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    addCredential: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "certification";
                    name: string;
                    /** @default null */
                    number?: string | null;
                    /** @default null */
                    issuer?: string | null;
                    /** @default null */
                    expiresOn?: string | null;
                } | {
                    /** @enum {string} */
                    kind: "licence";
                    name: string;
                    number: string;
                    region: string;
                    country: string;
                    /** Format: date */
                    expiresOn: string;
                } | {
                    /** @enum {string} */
                    kind: "insurance";
                    name: string;
                    coverage: {
                        amount: number;
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                    };
                    /** @default null */
                    issuer?: string | null;
                    /** Format: date */
                    expiresOn: string;
                } | {
                    /** @enum {string} */
                    kind: "screening";
                    /** @enum {string} */
                    name: "background" | "drug";
                    /** Format: date */
                    performedOn: string;
                    issuer: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        workerId: string;
                        workerName: string;
                        /** @enum {string} */
                        kind: "certification" | "licence" | "insurance" | "screening";
                        name: string;
                        number: string | null;
                        issuer: string | null;
                        region: string | null;
                        country: string | null;
                        coverage: {
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        } | null;
                        performedOn: string | null;
                        expiresOn: string | null;
                        /** @enum {string} */
                        status: "pending" | "verified" | "rejected" | "expired";
                        reviews: {
                            /** @enum {string} */
                            decision: "verified" | "rejected";
                            reason: string | null;
                            /** @enum {string} */
                            by: "company" | "staff";
                            companyName: string | null;
                            /** Format: date-time */
                            at: string;
                        }[];
                        document: {
                            fileName: string;
                            contentType: string;
                            size: number;
                            url: string;
                        } | null;
                        actions: ("upload_document" | "verify" | "reject")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    downloadCredentialDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes, with its stored Content-Type and a Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    uploadCredentialDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file (one per request, at most 10 MB). Its type is read from its bytes.
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        workerId: string;
                        workerName: string;
                        /** @enum {string} */
                        kind: "certification" | "licence" | "insurance" | "screening";
                        name: string;
                        number: string | null;
                        issuer: string | null;
                        region: string | null;
                        country: string | null;
                        coverage: {
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        } | null;
                        performedOn: string | null;
                        expiresOn: string | null;
                        /** @enum {string} */
                        status: "pending" | "verified" | "rejected" | "expired";
                        reviews: {
                            /** @enum {string} */
                            decision: "verified" | "rejected";
                            reason: string | null;
                            /** @enum {string} */
                            by: "company" | "staff";
                            companyName: string | null;
                            /** Format: date-time */
                            at: string;
                        }[];
                        document: {
                            fileName: string;
                            contentType: string;
                            size: number;
                            url: string;
                        } | null;
                        actions: ("upload_document" | "verify" | "reject")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    verifyCredential: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        workerId: string;
                        workerName: string;
                        /** @enum {string} */
                        kind: "certification" | "licence" | "insurance" | "screening";
                        name: string;
                        number: string | null;
                        issuer: string | null;
                        region: string | null;
                        country: string | null;
                        coverage: {
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        } | null;
                        performedOn: string | null;
                        expiresOn: string | null;
                        /** @enum {string} */
                        status: "pending" | "verified" | "rejected" | "expired";
                        reviews: {
                            /** @enum {string} */
                            decision: "verified" | "rejected";
                            reason: string | null;
                            /** @enum {string} */
                            by: "company" | "staff";
                            companyName: string | null;
                            /** Format: date-time */
                            at: string;
                        }[];
                        document: {
                            fileName: string;
                            contentType: string;
                            size: number;
                            url: string;
                        } | null;
                        actions: ("upload_document" | "verify" | "reject")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    rejectCredential: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        workerId: string;
                        workerName: string;
                        /** @enum {string} */
                        kind: "certification" | "licence" | "insurance" | "screening";
                        name: string;
                        number: string | null;
                        issuer: string | null;
                        region: string | null;
                        country: string | null;
                        coverage: {
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        } | null;
                        performedOn: string | null;
                        expiresOn: string | null;
                        /** @enum {string} */
                        status: "pending" | "verified" | "rejected" | "expired";
                        reviews: {
                            /** @enum {string} */
                            decision: "verified" | "rejected";
                            reason: string | null;
                            /** @enum {string} */
                            by: "company" | "staff";
                            companyName: string | null;
                            /** Format: date-time */
                            at: string;
                        }[];
                        document: {
                            fileName: string;
                            contentType: string;
                            size: number;
                            url: string;
                        } | null;
                        actions: ("upload_document" | "verify" | "reject")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    listWorkerCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            workerId: string;
                            workerName: string;
                            /** @enum {string} */
                            kind: "certification" | "licence" | "insurance" | "screening";
                            name: string;
                            number: string | null;
                            issuer: string | null;
                            region: string | null;
                            country: string | null;
                            coverage: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            } | null;
                            performedOn: string | null;
                            expiresOn: string | null;
                            /** @enum {string} */
                            status: "pending" | "verified" | "rejected" | "expired";
                            reviews: {
                                /** @enum {string} */
                                decision: "verified" | "rejected";
                                reason: string | null;
                                /** @enum {string} */
                                by: "company" | "staff";
                                companyName: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            document: {
                                fileName: string;
                                contentType: string;
                                size: number;
                                url: string;
                            } | null;
                            actions: ("upload_document" | "verify" | "reject")[];
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    listRequirementSets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            description: string | null;
                            requirements: ({
                                /** @enum {string} */
                                type: "certification";
                                name: string;
                            } | {
                                /** @enum {string} */
                                type: "licence";
                                name: string;
                                /** @default null */
                                region: string | null;
                            } | {
                                /** @enum {string} */
                                type: "insurance";
                                /** @default null */
                                name: string | null;
                                minCoverage: {
                                    amount: number;
                                    /** @enum {string} */
                                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                                };
                            } | {
                                /** @enum {string} */
                                type: "screening";
                                /** @enum {string} */
                                screening: "background" | "drug";
                                withinMonths: number;
                            } | {
                                /** @enum {string} */
                                type: "industry";
                                /** @enum {string} */
                                industry: "Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other";
                            } | {
                                /** @enum {string} */
                                type: "skill";
                                skill: string;
                            } | {
                                /** @enum {string} */
                                type: "country";
                                country: string;
                            } | {
                                /** @enum {string} */
                                type: "distance";
                                maxMiles: number;
                            } | {
                                /** @enum {string} */
                                type: "test";
                                /** Format: uuid */
                                testId: string;
                                minScore: number;
                            } | {
                                /** @enum {string} */
                                type: "agreement";
                                /** Format: uuid */
                                agreementId: string;
                            } | {
                                /** @enum {string} */
                                type: "pool";
                                /** Format: uuid */
                                poolId: string;
                            } | {
                                /** @enum {string} */
                                type: "min_satisfaction";
                                minPercent: number;
                            } | {
                                /** @enum {string} */
                                type: "min_on_time_arrival";
                                minPercent: number;
                            } | {
                                /** @enum {string} */
                                type: "max_abandons";
                                max: number;
                            })[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    createRequirementSet: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default null */
                    description?: string | null;
                    requirements: ({
                        /** @enum {string} */
                        type: "certification";
                        name: string;
                    } | {
                        /** @enum {string} */
                        type: "licence";
                        name: string;
                        /** @default null */
                        region?: string | null;
                    } | {
                        /** @enum {string} */
                        type: "insurance";
                        /** @default null */
                        name?: string | null;
                        minCoverage: {
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        };
                    } | {
                        /** @enum {string} */
                        type: "screening";
                        /** @enum {string} */
                        screening: "background" | "drug";
                        withinMonths: number;
                    } | {
                        /** @enum {string} */
                        type: "industry";
                        /** @enum {string} */
                        industry: "Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other";
                    } | {
                        /** @enum {string} */
                        type: "skill";
                        skill: string;
                    } | {
                        /** @enum {string} */
                        type: "country";
                        country: string;
                    } | {
                        /** @enum {string} */
                        type: "distance";
                        maxMiles: number;
                    } | {
                        /** @enum {string} */
                        type: "test";
                        /** Format: uuid */
                        testId: string;
                        minScore: number;
                    } | {
                        /** @enum {string} */
                        type: "agreement";
                        /** Format: uuid */
                        agreementId: string;
                    } | {
                        /** @enum {string} */
                        type: "pool";
                        /** Format: uuid */
                        poolId: string;
                    } | {
                        /** @enum {string} */
                        type: "min_satisfaction";
                        minPercent: number;
                    } | {
                        /** @enum {string} */
                        type: "min_on_time_arrival";
                        minPercent: number;
                    } | {
                        /** @enum {string} */
                        type: "max_abandons";
                        max: number;
                    })[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string | null;
                        requirements: ({
                            /** @enum {string} */
                            type: "certification";
                            name: string;
                        } | {
                            /** @enum {string} */
                            type: "licence";
                            name: string;
                            /** @default null */
                            region: string | null;
                        } | {
                            /** @enum {string} */
                            type: "insurance";
                            /** @default null */
                            name: string | null;
                            minCoverage: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            };
                        } | {
                            /** @enum {string} */
                            type: "screening";
                            /** @enum {string} */
                            screening: "background" | "drug";
                            withinMonths: number;
                        } | {
                            /** @enum {string} */
                            type: "industry";
                            /** @enum {string} */
                            industry: "Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other";
                        } | {
                            /** @enum {string} */
                            type: "skill";
                            skill: string;
                        } | {
                            /** @enum {string} */
                            type: "country";
                            country: string;
                        } | {
                            /** @enum {string} */
                            type: "distance";
                            maxMiles: number;
                        } | {
                            /** @enum {string} */
                            type: "test";
                            /** Format: uuid */
                            testId: string;
                            minScore: number;
                        } | {
                            /** @enum {string} */
                            type: "agreement";
                            /** Format: uuid */
                            agreementId: string;
                        } | {
                            /** @enum {string} */
                            type: "pool";
                            /** Format: uuid */
                            poolId: string;
                        } | {
                            /** @enum {string} */
                            type: "min_satisfaction";
                            minPercent: number;
                        } | {
                            /** @enum {string} */
                            type: "min_on_time_arrival";
                            minPercent: number;
                        } | {
                            /** @enum {string} */
                            type: "max_abandons";
                            max: number;
                        })[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    getRequirementSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string | null;
                        requirements: ({
                            /** @enum {string} */
                            type: "certification";
                            name: string;
                        } | {
                            /** @enum {string} */
                            type: "licence";
                            name: string;
                            /** @default null */
                            region: string | null;
                        } | {
                            /** @enum {string} */
                            type: "insurance";
                            /** @default null */
                            name: string | null;
                            minCoverage: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            };
                        } | {
                            /** @enum {string} */
                            type: "screening";
                            /** @enum {string} */
                            screening: "background" | "drug";
                            withinMonths: number;
                        } | {
                            /** @enum {string} */
                            type: "industry";
                            /** @enum {string} */
                            industry: "Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other";
                        } | {
                            /** @enum {string} */
                            type: "skill";
                            skill: string;
                        } | {
                            /** @enum {string} */
                            type: "country";
                            country: string;
                        } | {
                            /** @enum {string} */
                            type: "distance";
                            maxMiles: number;
                        } | {
                            /** @enum {string} */
                            type: "test";
                            /** Format: uuid */
                            testId: string;
                            minScore: number;
                        } | {
                            /** @enum {string} */
                            type: "agreement";
                            /** Format: uuid */
                            agreementId: string;
                        } | {
                            /** @enum {string} */
                            type: "pool";
                            /** Format: uuid */
                            poolId: string;
                        } | {
                            /** @enum {string} */
                            type: "min_satisfaction";
                            minPercent: number;
                        } | {
                            /** @enum {string} */
                            type: "min_on_time_arrival";
                            minPercent: number;
                        } | {
                            /** @enum {string} */
                            type: "max_abandons";
                            max: number;
                        })[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    updateRequirementSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default null */
                    description?: string | null;
                    requirements: ({
                        /** @enum {string} */
                        type: "certification";
                        name: string;
                    } | {
                        /** @enum {string} */
                        type: "licence";
                        name: string;
                        /** @default null */
                        region?: string | null;
                    } | {
                        /** @enum {string} */
                        type: "insurance";
                        /** @default null */
                        name?: string | null;
                        minCoverage: {
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        };
                    } | {
                        /** @enum {string} */
                        type: "screening";
                        /** @enum {string} */
                        screening: "background" | "drug";
                        withinMonths: number;
                    } | {
                        /** @enum {string} */
                        type: "industry";
                        /** @enum {string} */
                        industry: "Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other";
                    } | {
                        /** @enum {string} */
                        type: "skill";
                        skill: string;
                    } | {
                        /** @enum {string} */
                        type: "country";
                        country: string;
                    } | {
                        /** @enum {string} */
                        type: "distance";
                        maxMiles: number;
                    } | {
                        /** @enum {string} */
                        type: "test";
                        /** Format: uuid */
                        testId: string;
                        minScore: number;
                    } | {
                        /** @enum {string} */
                        type: "agreement";
                        /** Format: uuid */
                        agreementId: string;
                    } | {
                        /** @enum {string} */
                        type: "pool";
                        /** Format: uuid */
                        poolId: string;
                    } | {
                        /** @enum {string} */
                        type: "min_satisfaction";
                        minPercent: number;
                    } | {
                        /** @enum {string} */
                        type: "min_on_time_arrival";
                        minPercent: number;
                    } | {
                        /** @enum {string} */
                        type: "max_abandons";
                        max: number;
                    })[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string | null;
                        requirements: ({
                            /** @enum {string} */
                            type: "certification";
                            name: string;
                        } | {
                            /** @enum {string} */
                            type: "licence";
                            name: string;
                            /** @default null */
                            region: string | null;
                        } | {
                            /** @enum {string} */
                            type: "insurance";
                            /** @default null */
                            name: string | null;
                            minCoverage: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            };
                        } | {
                            /** @enum {string} */
                            type: "screening";
                            /** @enum {string} */
                            screening: "background" | "drug";
                            withinMonths: number;
                        } | {
                            /** @enum {string} */
                            type: "industry";
                            /** @enum {string} */
                            industry: "Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other";
                        } | {
                            /** @enum {string} */
                            type: "skill";
                            skill: string;
                        } | {
                            /** @enum {string} */
                            type: "country";
                            country: string;
                        } | {
                            /** @enum {string} */
                            type: "distance";
                            maxMiles: number;
                        } | {
                            /** @enum {string} */
                            type: "test";
                            /** Format: uuid */
                            testId: string;
                            minScore: number;
                        } | {
                            /** @enum {string} */
                            type: "agreement";
                            /** Format: uuid */
                            agreementId: string;
                        } | {
                            /** @enum {string} */
                            type: "pool";
                            /** Format: uuid */
                            poolId: string;
                        } | {
                            /** @enum {string} */
                            type: "min_satisfaction";
                            minPercent: number;
                        } | {
                            /** @enum {string} */
                            type: "min_on_time_arrival";
                            minPercent: number;
                        } | {
                            /** @enum {string} */
                            type: "max_abandons";
                            max: number;
                        })[];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
        };
    };
    listTalentPools: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            companyId: string;
                            companyName: string;
                            name: string;
                            description: string | null;
                            /** @enum {string} */
                            visibility: "public" | "invitation" | "private";
                            requirementSet: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            autoJoin: boolean;
                            graceDays: number;
                            members: {
                                /** Format: uuid */
                                workerId: string;
                                name: string;
                                /** @enum {string} */
                                status: "invited" | "pending" | "member" | "flagged" | "removed";
                                removeAfter: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            checks: {
                                requirement: {
                                    /** @enum {string} */
                                    type: "certification";
                                    name: string;
                                } | {
                                    /** @enum {string} */
                                    type: "licence";
                                    name: string;
                                    /** @default null */
                                    region: string | null;
                                } | {
                                    /** @enum {string} */
                                    type: "insurance";
                                    /** @default null */
                                    name: string | null;
                                    minCoverage: {
                                        amount: number;
                                        /** @enum {string} */
                                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                                    };
                                } | {
                                    /** @enum {string} */
                                    type: "screening";
                                    /** @enum {string} */
                                    screening: "background" | "drug";
                                    withinMonths: number;
                                } | {
                                    /** @enum {string} */
                                    type: "industry";
                                    /** @enum {string} */
                                    industry: "Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other";
                                } | {
                                    /** @enum {string} */
                                    type: "skill";
                                    skill: string;
                                } | {
                                    /** @enum {string} */
                                    type: "country";
                                    country: string;
                                } | {
                                    /** @enum {string} */
                                    type: "distance";
                                    maxMiles: number;
                                } | {
                                    /** @enum {string} */
                                    type: "test";
                                    /** Format: uuid */
                                    testId: string;
                                    minScore: number;
                                } | {
                                    /** @enum {string} */
                                    type: "agreement";
                                    /** Format: uuid */
                                    agreementId: string;
                                } | {
                                    /** @enum {string} */
                                    type: "pool";
                                    /** Format: uuid */
                                    poolId: string;
                                } | {
                                    /** @enum {string} */
                                    type: "min_satisfaction";
                                    minPercent: number;
                                } | {
                                    /** @enum {string} */
                                    type: "min_on_time_arrival";
                                    minPercent: number;
                                } | {
                                    /** @enum {string} */
                                    type: "max_abandons";
                                    max: number;
                                };
                                met: boolean;
                                reason: string;
                            }[] | null;
                            actions: ("apply" | "invite" | "approve" | "override" | "message")[];
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
        };
    };
    createTalentPool: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default null */
                    description?: string | null;
                    /** @enum {string} */
                    visibility: "public" | "invitation" | "private";
                    /** @default null */
                    requirementSetId?: string | null;
                    /** @default true */
                    autoJoin?: boolean;
                    /** @default 14 */
                    graceDays?: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        companyName: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        visibility: "public" | "invitation" | "private";
                        requirementSet: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        autoJoin: boolean;
                        graceDays: number;
                        members: {
                            /** Format: uuid */
                            workerId: string;
                            name: string;
                            /** @enum {string} */
                            status: "invited" | "pending" | "member" | "flagged" | "removed";
                            removeAfter: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        checks: {
                            requirement: {
                                /** @enum {string} */
                                type: "certification";
                                name: string;
                            } | {
                                /** @enum {string} */
                                type: "licence";
                                name: string;
                                /** @default null */
                                region: string | null;
                            } | {
                                /** @enum {string} */
                                type: "insurance";
                                /** @default null */
                                name: string | null;
                                minCoverage: {
                                    amount: number;
                                    /** @enum {string} */
                                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                                };
                            } | {
                                /** @enum {string} */
                                type: "screening";
                                /** @enum {string} */
                                screening: "background" | "drug";
                                withinMonths: number;
                            } | {
                                /** @enum {string} */
                                type: "industry";
                                /** @enum {string} */
                                industry: "Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other";
                            } | {
                                /** @enum {string} */
                                type: "skill";
                                skill: string;
                            } | {
                                /** @enum {string} */
                                type: "country";
                                country: string;
                            } | {
                                /** @enum {string} */
                                type: "distance";
                                maxMiles: number;
                            } | {
                                /** @enum {string} */
                                type: "test";
                                /** Format: uuid */
                                testId: string;
                                minScore: number;
                            } | {
                                /** @enum {string} */
                                type: "agreement";
                                /** Format: uuid */
                                agreementId: string;
                            } | {
                                /** @enum {string} */
                                type: "pool";
                                /** Format: uuid */
                                poolId: string;
                            } | {
                                /** @enum {string} */
                                type: "min_satisfaction";
                                minPercent: number;
                            } | {
                                /** @enum {string} */
                                type: "min_on_time_arrival";
                                minPercent: number;
                            } | {
                                /** @enum {string} */
                                type: "max_abandons";
                                max: number;
                            };
                            met: boolean;
                            reason: string;
                        }[] | null;
                        actions: ("apply" | "invite" | "approve" | "override" | "message")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    getTalentPool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        companyName: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        visibility: "public" | "invitation" | "private";
                        requirementSet: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        autoJoin: boolean;
                        graceDays: number;
                        members: {
                            /** Format: uuid */
                            workerId: string;
                            name: string;
                            /** @enum {string} */
                            status: "invited" | "pending" | "member" | "flagged" | "removed";
                            removeAfter: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        checks: {
                            requirement: {
                                /** @enum {string} */
                                type: "certification";
                                name: string;
                            } | {
                                /** @enum {string} */
                                type: "licence";
                                name: string;
                                /** @default null */
                                region: string | null;
                            } | {
                                /** @enum {string} */
                                type: "insurance";
                                /** @default null */
                                name: string | null;
                                minCoverage: {
                                    amount: number;
                                    /** @enum {string} */
                                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                                };
                            } | {
                                /** @enum {string} */
                                type: "screening";
                                /** @enum {string} */
                                screening: "background" | "drug";
                                withinMonths: number;
                            } | {
                                /** @enum {string} */
                                type: "industry";
                                /** @enum {string} */
                                industry: "Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other";
                            } | {
                                /** @enum {string} */
                                type: "skill";
                                skill: string;
                            } | {
                                /** @enum {string} */
                                type: "country";
                                country: string;
                            } | {
                                /** @enum {string} */
                                type: "distance";
                                maxMiles: number;
                            } | {
                                /** @enum {string} */
                                type: "test";
                                /** Format: uuid */
                                testId: string;
                                minScore: number;
                            } | {
                                /** @enum {string} */
                                type: "agreement";
                                /** Format: uuid */
                                agreementId: string;
                            } | {
                                /** @enum {string} */
                                type: "pool";
                                /** Format: uuid */
                                poolId: string;
                            } | {
                                /** @enum {string} */
                                type: "min_satisfaction";
                                minPercent: number;
                            } | {
                                /** @enum {string} */
                                type: "min_on_time_arrival";
                                minPercent: number;
                            } | {
                                /** @enum {string} */
                                type: "max_abandons";
                                max: number;
                            };
                            met: boolean;
                            reason: string;
                        }[] | null;
                        actions: ("apply" | "invite" | "approve" | "override" | "message")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    applyToTalentPool: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        companyName: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        visibility: "public" | "invitation" | "private";
                        requirementSet: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        autoJoin: boolean;
                        graceDays: number;
                        members: {
                            /** Format: uuid */
                            workerId: string;
                            name: string;
                            /** @enum {string} */
                            status: "invited" | "pending" | "member" | "flagged" | "removed";
                            removeAfter: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        checks: {
                            requirement: {
                                /** @enum {string} */
                                type: "certification";
                                name: string;
                            } | {
                                /** @enum {string} */
                                type: "licence";
                                name: string;
                                /** @default null */
                                region: string | null;
                            } | {
                                /** @enum {string} */
                                type: "insurance";
                                /** @default null */
                                name: string | null;
                                minCoverage: {
                                    amount: number;
                                    /** @enum {string} */
                                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                                };
                            } | {
                                /** @enum {string} */
                                type: "screening";
                                /** @enum {string} */
                                screening: "background" | "drug";
                                withinMonths: number;
                            } | {
                                /** @enum {string} */
                                type: "industry";
                                /** @enum {string} */
                                industry: "Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other";
                            } | {
                                /** @enum {string} */
                                type: "skill";
                                skill: string;
                            } | {
                                /** @enum {string} */
                                type: "country";
                                country: string;
                            } | {
                                /** @enum {string} */
                                type: "distance";
                                maxMiles: number;
                            } | {
                                /** @enum {string} */
                                type: "test";
                                /** Format: uuid */
                                testId: string;
                                minScore: number;
                            } | {
                                /** @enum {string} */
                                type: "agreement";
                                /** Format: uuid */
                                agreementId: string;
                            } | {
                                /** @enum {string} */
                                type: "pool";
                                /** Format: uuid */
                                poolId: string;
                            } | {
                                /** @enum {string} */
                                type: "min_satisfaction";
                                minPercent: number;
                            } | {
                                /** @enum {string} */
                                type: "min_on_time_arrival";
                                minPercent: number;
                            } | {
                                /** @enum {string} */
                                type: "max_abandons";
                                max: number;
                            };
                            met: boolean;
                            reason: string;
                        }[] | null;
                        actions: ("apply" | "invite" | "approve" | "override" | "message")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejectedRequirementsNotMetBlocked"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409ConflictIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    inviteToTalentPool: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    workerId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        companyName: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        visibility: "public" | "invitation" | "private";
                        requirementSet: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        autoJoin: boolean;
                        graceDays: number;
                        members: {
                            /** Format: uuid */
                            workerId: string;
                            name: string;
                            /** @enum {string} */
                            status: "invited" | "pending" | "member" | "flagged" | "removed";
                            removeAfter: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        checks: {
                            requirement: {
                                /** @enum {string} */
                                type: "certification";
                                name: string;
                            } | {
                                /** @enum {string} */
                                type: "licence";
                                name: string;
                                /** @default null */
                                region: string | null;
                            } | {
                                /** @enum {string} */
                                type: "insurance";
                                /** @default null */
                                name: string | null;
                                minCoverage: {
                                    amount: number;
                                    /** @enum {string} */
                                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                                };
                            } | {
                                /** @enum {string} */
                                type: "screening";
                                /** @enum {string} */
                                screening: "background" | "drug";
                                withinMonths: number;
                            } | {
                                /** @enum {string} */
                                type: "industry";
                                /** @enum {string} */
                                industry: "Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other";
                            } | {
                                /** @enum {string} */
                                type: "skill";
                                skill: string;
                            } | {
                                /** @enum {string} */
                                type: "country";
                                country: string;
                            } | {
                                /** @enum {string} */
                                type: "distance";
                                maxMiles: number;
                            } | {
                                /** @enum {string} */
                                type: "test";
                                /** Format: uuid */
                                testId: string;
                                minScore: number;
                            } | {
                                /** @enum {string} */
                                type: "agreement";
                                /** Format: uuid */
                                agreementId: string;
                            } | {
                                /** @enum {string} */
                                type: "pool";
                                /** Format: uuid */
                                poolId: string;
                            } | {
                                /** @enum {string} */
                                type: "min_satisfaction";
                                minPercent: number;
                            } | {
                                /** @enum {string} */
                                type: "min_on_time_arrival";
                                minPercent: number;
                            } | {
                                /** @enum {string} */
                                type: "max_abandons";
                                max: number;
                            };
                            met: boolean;
                            reason: string;
                        }[] | null;
                        actions: ("apply" | "invite" | "approve" | "override" | "message")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejectedBlocked"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409ConflictIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    approvePoolMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                workerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        companyName: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        visibility: "public" | "invitation" | "private";
                        requirementSet: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        autoJoin: boolean;
                        graceDays: number;
                        members: {
                            /** Format: uuid */
                            workerId: string;
                            name: string;
                            /** @enum {string} */
                            status: "invited" | "pending" | "member" | "flagged" | "removed";
                            removeAfter: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        checks: {
                            requirement: {
                                /** @enum {string} */
                                type: "certification";
                                name: string;
                            } | {
                                /** @enum {string} */
                                type: "licence";
                                name: string;
                                /** @default null */
                                region: string | null;
                            } | {
                                /** @enum {string} */
                                type: "insurance";
                                /** @default null */
                                name: string | null;
                                minCoverage: {
                                    amount: number;
                                    /** @enum {string} */
                                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                                };
                            } | {
                                /** @enum {string} */
                                type: "screening";
                                /** @enum {string} */
                                screening: "background" | "drug";
                                withinMonths: number;
                            } | {
                                /** @enum {string} */
                                type: "industry";
                                /** @enum {string} */
                                industry: "Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other";
                            } | {
                                /** @enum {string} */
                                type: "skill";
                                skill: string;
                            } | {
                                /** @enum {string} */
                                type: "country";
                                country: string;
                            } | {
                                /** @enum {string} */
                                type: "distance";
                                maxMiles: number;
                            } | {
                                /** @enum {string} */
                                type: "test";
                                /** Format: uuid */
                                testId: string;
                                minScore: number;
                            } | {
                                /** @enum {string} */
                                type: "agreement";
                                /** Format: uuid */
                                agreementId: string;
                            } | {
                                /** @enum {string} */
                                type: "pool";
                                /** Format: uuid */
                                poolId: string;
                            } | {
                                /** @enum {string} */
                                type: "min_satisfaction";
                                minPercent: number;
                            } | {
                                /** @enum {string} */
                                type: "min_on_time_arrival";
                                minPercent: number;
                            } | {
                                /** @enum {string} */
                                type: "max_abandons";
                                max: number;
                            };
                            met: boolean;
                            reason: string;
                        }[] | null;
                        actions: ("apply" | "invite" | "approve" | "override" | "message")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    overridePoolRequirements: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    workerId: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        companyName: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        visibility: "public" | "invitation" | "private";
                        requirementSet: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        autoJoin: boolean;
                        graceDays: number;
                        members: {
                            /** Format: uuid */
                            workerId: string;
                            name: string;
                            /** @enum {string} */
                            status: "invited" | "pending" | "member" | "flagged" | "removed";
                            removeAfter: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        checks: {
                            requirement: {
                                /** @enum {string} */
                                type: "certification";
                                name: string;
                            } | {
                                /** @enum {string} */
                                type: "licence";
                                name: string;
                                /** @default null */
                                region: string | null;
                            } | {
                                /** @enum {string} */
                                type: "insurance";
                                /** @default null */
                                name: string | null;
                                minCoverage: {
                                    amount: number;
                                    /** @enum {string} */
                                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                                };
                            } | {
                                /** @enum {string} */
                                type: "screening";
                                /** @enum {string} */
                                screening: "background" | "drug";
                                withinMonths: number;
                            } | {
                                /** @enum {string} */
                                type: "industry";
                                /** @enum {string} */
                                industry: "Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other";
                            } | {
                                /** @enum {string} */
                                type: "skill";
                                skill: string;
                            } | {
                                /** @enum {string} */
                                type: "country";
                                country: string;
                            } | {
                                /** @enum {string} */
                                type: "distance";
                                maxMiles: number;
                            } | {
                                /** @enum {string} */
                                type: "test";
                                /** Format: uuid */
                                testId: string;
                                minScore: number;
                            } | {
                                /** @enum {string} */
                                type: "agreement";
                                /** Format: uuid */
                                agreementId: string;
                            } | {
                                /** @enum {string} */
                                type: "pool";
                                /** Format: uuid */
                                poolId: string;
                            } | {
                                /** @enum {string} */
                                type: "min_satisfaction";
                                minPercent: number;
                            } | {
                                /** @enum {string} */
                                type: "min_on_time_arrival";
                                minPercent: number;
                            } | {
                                /** @enum {string} */
                                type: "max_abandons";
                                max: number;
                            };
                            met: boolean;
                            reason: string;
                        }[] | null;
                        actions: ("apply" | "invite" | "approve" | "override" | "message")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    messagePoolMembers: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subject: string;
                    text: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recipients: number;
                        blocked: number;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    listSkillTests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            companyId: string;
                            companyName: string;
                            title: string;
                            description: string | null;
                            /** @enum {string} */
                            status: "draft" | "published";
                            passingScore: number;
                            timeLimitMinutes: number;
                            retakeAfterDays: number | null;
                            showAnswers: boolean;
                            poolId: string | null;
                            questions: {
                                /** @enum {string} */
                                type: "single" | "multiple" | "numeric" | "text";
                                prompt: string;
                                points: number;
                                options: string[] | null;
                            }[];
                            key: {
                                correct: number[] | null;
                                answer: number | null;
                                tolerance: number | null;
                                guidance: string | null;
                            }[] | null;
                            retakeAt: string | null;
                            invitedWorkerIds: string[];
                            actions: ("publish" | "edit" | "duplicate" | "invite" | "start")[];
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
        };
    };
    createSkillTest: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @default null */
                    description?: string | null;
                    questions: ({
                        /** @enum {string} */
                        type: "single";
                        prompt: string;
                        points: number;
                        options: string[];
                        correct: number;
                    } | {
                        /** @enum {string} */
                        type: "multiple";
                        prompt: string;
                        points: number;
                        options: string[];
                        correct: number[];
                    } | {
                        /** @enum {string} */
                        type: "numeric";
                        prompt: string;
                        points: number;
                        answer: number;
                        tolerance: number;
                    } | {
                        /** @enum {string} */
                        type: "text";
                        prompt: string;
                        points: number;
                        /** @default null */
                        guidance?: string | null;
                    })[];
                    passingScore: number;
                    timeLimitMinutes: number;
                    retakeAfterDays: number | null;
                    /** @default false */
                    showAnswers?: boolean;
                    /** @default null */
                    poolId?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        companyName: string;
                        title: string;
                        description: string | null;
                        /** @enum {string} */
                        status: "draft" | "published";
                        passingScore: number;
                        timeLimitMinutes: number;
                        retakeAfterDays: number | null;
                        showAnswers: boolean;
                        poolId: string | null;
                        questions: {
                            /** @enum {string} */
                            type: "single" | "multiple" | "numeric" | "text";
                            prompt: string;
                            points: number;
                            options: string[] | null;
                        }[];
                        key: {
                            correct: number[] | null;
                            answer: number | null;
                            tolerance: number | null;
                            guidance: string | null;
                        }[] | null;
                        retakeAt: string | null;
                        invitedWorkerIds: string[];
                        actions: ("publish" | "edit" | "duplicate" | "invite" | "start")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    getSkillTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        companyName: string;
                        title: string;
                        description: string | null;
                        /** @enum {string} */
                        status: "draft" | "published";
                        passingScore: number;
                        timeLimitMinutes: number;
                        retakeAfterDays: number | null;
                        showAnswers: boolean;
                        poolId: string | null;
                        questions: {
                            /** @enum {string} */
                            type: "single" | "multiple" | "numeric" | "text";
                            prompt: string;
                            points: number;
                            options: string[] | null;
                        }[];
                        key: {
                            correct: number[] | null;
                            answer: number | null;
                            tolerance: number | null;
                            guidance: string | null;
                        }[] | null;
                        retakeAt: string | null;
                        invitedWorkerIds: string[];
                        actions: ("publish" | "edit" | "duplicate" | "invite" | "start")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    updateSkillTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @default null */
                    description?: string | null;
                    questions: ({
                        /** @enum {string} */
                        type: "single";
                        prompt: string;
                        points: number;
                        options: string[];
                        correct: number;
                    } | {
                        /** @enum {string} */
                        type: "multiple";
                        prompt: string;
                        points: number;
                        options: string[];
                        correct: number[];
                    } | {
                        /** @enum {string} */
                        type: "numeric";
                        prompt: string;
                        points: number;
                        answer: number;
                        tolerance: number;
                    } | {
                        /** @enum {string} */
                        type: "text";
                        prompt: string;
                        points: number;
                        /** @default null */
                        guidance?: string | null;
                    })[];
                    passingScore: number;
                    timeLimitMinutes: number;
                    retakeAfterDays: number | null;
                    /** @default false */
                    showAnswers?: boolean;
                    /** @default null */
                    poolId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        companyName: string;
                        title: string;
                        description: string | null;
                        /** @enum {string} */
                        status: "draft" | "published";
                        passingScore: number;
                        timeLimitMinutes: number;
                        retakeAfterDays: number | null;
                        showAnswers: boolean;
                        poolId: string | null;
                        questions: {
                            /** @enum {string} */
                            type: "single" | "multiple" | "numeric" | "text";
                            prompt: string;
                            points: number;
                            options: string[] | null;
                        }[];
                        key: {
                            correct: number[] | null;
                            answer: number | null;
                            tolerance: number | null;
                            guidance: string | null;
                        }[] | null;
                        retakeAt: string | null;
                        invitedWorkerIds: string[];
                        actions: ("publish" | "edit" | "duplicate" | "invite" | "start")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransition"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
        };
    };
    duplicateSkillTest: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        companyName: string;
                        title: string;
                        description: string | null;
                        /** @enum {string} */
                        status: "draft" | "published";
                        passingScore: number;
                        timeLimitMinutes: number;
                        retakeAfterDays: number | null;
                        showAnswers: boolean;
                        poolId: string | null;
                        questions: {
                            /** @enum {string} */
                            type: "single" | "multiple" | "numeric" | "text";
                            prompt: string;
                            points: number;
                            options: string[] | null;
                        }[];
                        key: {
                            correct: number[] | null;
                            answer: number | null;
                            tolerance: number | null;
                            guidance: string | null;
                        }[] | null;
                        retakeAt: string | null;
                        invitedWorkerIds: string[];
                        actions: ("publish" | "edit" | "duplicate" | "invite" | "start")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    publishSkillTest: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        companyName: string;
                        title: string;
                        description: string | null;
                        /** @enum {string} */
                        status: "draft" | "published";
                        passingScore: number;
                        timeLimitMinutes: number;
                        retakeAfterDays: number | null;
                        showAnswers: boolean;
                        poolId: string | null;
                        questions: {
                            /** @enum {string} */
                            type: "single" | "multiple" | "numeric" | "text";
                            prompt: string;
                            points: number;
                            options: string[] | null;
                        }[];
                        key: {
                            correct: number[] | null;
                            answer: number | null;
                            tolerance: number | null;
                            guidance: string | null;
                        }[] | null;
                        retakeAt: string | null;
                        invitedWorkerIds: string[];
                        actions: ("publish" | "edit" | "duplicate" | "invite" | "start")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    inviteToSkillTest: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    workerIds: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        companyName: string;
                        title: string;
                        description: string | null;
                        /** @enum {string} */
                        status: "draft" | "published";
                        passingScore: number;
                        timeLimitMinutes: number;
                        retakeAfterDays: number | null;
                        showAnswers: boolean;
                        poolId: string | null;
                        questions: {
                            /** @enum {string} */
                            type: "single" | "multiple" | "numeric" | "text";
                            prompt: string;
                            points: number;
                            options: string[] | null;
                        }[];
                        key: {
                            correct: number[] | null;
                            answer: number | null;
                            tolerance: number | null;
                            guidance: string | null;
                        }[] | null;
                        retakeAt: string | null;
                        invitedWorkerIds: string[];
                        actions: ("publish" | "edit" | "duplicate" | "invite" | "start")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    listSkillTestAttempts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            testId: string;
                            testTitle: string;
                            /** Format: uuid */
                            workerId: string;
                            workerName: string;
                            /** @enum {string} */
                            status: "in_progress" | "grading" | "graded";
                            /** Format: date-time */
                            startedAt: string;
                            /** Format: date-time */
                            deadline: string;
                            submittedAt: string | null;
                            timedOut: boolean;
                            questions: {
                                /** @enum {string} */
                                type: "single" | "multiple" | "numeric" | "text";
                                prompt: string;
                                points: number;
                                options: string[] | null;
                            }[];
                            answers: ((number | number[] | string) | null)[] | null;
                            marks: (number | null)[] | null;
                            score: number | null;
                            passingScore: number;
                            passed: boolean | null;
                            key: {
                                correct: number[] | null;
                                answer: number | null;
                                tolerance: number | null;
                                guidance: string | null;
                            }[] | null;
                            actions: ("submit" | "grade")[];
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    startSkillTestAttempt: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        testId: string;
                        testTitle: string;
                        /** Format: uuid */
                        workerId: string;
                        workerName: string;
                        /** @enum {string} */
                        status: "in_progress" | "grading" | "graded";
                        /** Format: date-time */
                        startedAt: string;
                        /** Format: date-time */
                        deadline: string;
                        submittedAt: string | null;
                        timedOut: boolean;
                        questions: {
                            /** @enum {string} */
                            type: "single" | "multiple" | "numeric" | "text";
                            prompt: string;
                            points: number;
                            options: string[] | null;
                        }[];
                        answers: ((number | number[] | string) | null)[] | null;
                        marks: (number | null)[] | null;
                        score: number | null;
                        passingScore: number;
                        passed: boolean | null;
                        key: {
                            correct: number[] | null;
                            answer: number | null;
                            tolerance: number | null;
                            guidance: string | null;
                        }[] | null;
                        actions: ("submit" | "grade")[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409ConflictIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    getSkillTestAttempt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        testId: string;
                        testTitle: string;
                        /** Format: uuid */
                        workerId: string;
                        workerName: string;
                        /** @enum {string} */
                        status: "in_progress" | "grading" | "graded";
                        /** Format: date-time */
                        startedAt: string;
                        /** Format: date-time */
                        deadline: string;
                        submittedAt: string | null;
                        timedOut: boolean;
                        questions: {
                            /** @enum {string} */
                            type: "single" | "multiple" | "numeric" | "text";
                            prompt: string;
                            points: number;
                            options: string[] | null;
                        }[];
                        answers: ((number | number[] | string) | null)[] | null;
                        marks: (number | null)[] | null;
                        score: number | null;
                        passingScore: number;
                        passed: boolean | null;
                        key: {
                            correct: number[] | null;
                            answer: number | null;
                            tolerance: number | null;
                            guidance: string | null;
                        }[] | null;
                        actions: ("submit" | "grade")[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    saveSkillTestAnswers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: ((number | number[] | string) | null)[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        testId: string;
                        testTitle: string;
                        /** Format: uuid */
                        workerId: string;
                        workerName: string;
                        /** @enum {string} */
                        status: "in_progress" | "grading" | "graded";
                        /** Format: date-time */
                        startedAt: string;
                        /** Format: date-time */
                        deadline: string;
                        submittedAt: string | null;
                        timedOut: boolean;
                        questions: {
                            /** @enum {string} */
                            type: "single" | "multiple" | "numeric" | "text";
                            prompt: string;
                            points: number;
                            options: string[] | null;
                        }[];
                        answers: ((number | number[] | string) | null)[] | null;
                        marks: (number | null)[] | null;
                        score: number | null;
                        passingScore: number;
                        passed: boolean | null;
                        key: {
                            correct: number[] | null;
                            answer: number | null;
                            tolerance: number | null;
                            guidance: string | null;
                        }[] | null;
                        actions: ("submit" | "grade")[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransition"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
        };
    };
    submitSkillTestAttempt: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: ((number | number[] | string) | null)[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        testId: string;
                        testTitle: string;
                        /** Format: uuid */
                        workerId: string;
                        workerName: string;
                        /** @enum {string} */
                        status: "in_progress" | "grading" | "graded";
                        /** Format: date-time */
                        startedAt: string;
                        /** Format: date-time */
                        deadline: string;
                        submittedAt: string | null;
                        timedOut: boolean;
                        questions: {
                            /** @enum {string} */
                            type: "single" | "multiple" | "numeric" | "text";
                            prompt: string;
                            points: number;
                            options: string[] | null;
                        }[];
                        answers: ((number | number[] | string) | null)[] | null;
                        marks: (number | null)[] | null;
                        score: number | null;
                        passingScore: number;
                        passed: boolean | null;
                        key: {
                            correct: number[] | null;
                            answer: number | null;
                            tolerance: number | null;
                            guidance: string | null;
                        }[] | null;
                        actions: ("submit" | "grade")[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    gradeSkillTestAttempt: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    grades: {
                        question: number;
                        points: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        testId: string;
                        testTitle: string;
                        /** Format: uuid */
                        workerId: string;
                        workerName: string;
                        /** @enum {string} */
                        status: "in_progress" | "grading" | "graded";
                        /** Format: date-time */
                        startedAt: string;
                        /** Format: date-time */
                        deadline: string;
                        submittedAt: string | null;
                        timedOut: boolean;
                        questions: {
                            /** @enum {string} */
                            type: "single" | "multiple" | "numeric" | "text";
                            prompt: string;
                            points: number;
                            options: string[] | null;
                        }[];
                        answers: ((number | number[] | string) | null)[] | null;
                        marks: (number | null)[] | null;
                        score: number | null;
                        passingScore: number;
                        passed: boolean | null;
                        key: {
                            correct: number[] | null;
                            answer: number | null;
                            tolerance: number | null;
                            guidance: string | null;
                        }[] | null;
                        actions: ("submit" | "grade")[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    listAgreements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            companyId: string;
                            companyName: string;
                            title: string;
                            description: string | null;
                            current: {
                                /** Format: uuid */
                                id: string;
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                sha256: string;
                                url: string;
                                /** Format: date-time */
                                createdAt: string;
                            } | null;
                            signatures: {
                                /** Format: uuid */
                                workerId: string;
                                workerName: string;
                                /** Format: uuid */
                                versionId: string;
                                versionLabel: string;
                                fullName: string;
                                sha256: string;
                                /** Format: date-time */
                                signedAt: string;
                                current: boolean;
                            }[];
                            askedWorkerIds: string[];
                            actions: ("upload_version" | "ask" | "sign")[];
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
        };
    };
    createAgreement: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @default null */
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        companyName: string;
                        title: string;
                        description: string | null;
                        current: {
                            /** Format: uuid */
                            id: string;
                            label: string;
                            fileName: string;
                            contentType: string;
                            size: number;
                            sha256: string;
                            url: string;
                            /** Format: date-time */
                            createdAt: string;
                        } | null;
                        signatures: {
                            /** Format: uuid */
                            workerId: string;
                            workerName: string;
                            /** Format: uuid */
                            versionId: string;
                            versionLabel: string;
                            fullName: string;
                            sha256: string;
                            /** Format: date-time */
                            signedAt: string;
                            current: boolean;
                        }[];
                        askedWorkerIds: string[];
                        actions: ("upload_version" | "ask" | "sign")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    getAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        companyName: string;
                        title: string;
                        description: string | null;
                        current: {
                            /** Format: uuid */
                            id: string;
                            label: string;
                            fileName: string;
                            contentType: string;
                            size: number;
                            sha256: string;
                            url: string;
                            /** Format: date-time */
                            createdAt: string;
                        } | null;
                        signatures: {
                            /** Format: uuid */
                            workerId: string;
                            workerName: string;
                            /** Format: uuid */
                            versionId: string;
                            versionLabel: string;
                            fullName: string;
                            sha256: string;
                            /** Format: date-time */
                            signedAt: string;
                            current: boolean;
                        }[];
                        askedWorkerIds: string[];
                        actions: ("upload_version" | "ask" | "sign")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    downloadAgreementDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes, with its stored Content-Type and a Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    askToSignAgreement: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    workerIds: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        companyName: string;
                        title: string;
                        description: string | null;
                        current: {
                            /** Format: uuid */
                            id: string;
                            label: string;
                            fileName: string;
                            contentType: string;
                            size: number;
                            sha256: string;
                            url: string;
                            /** Format: date-time */
                            createdAt: string;
                        } | null;
                        signatures: {
                            /** Format: uuid */
                            workerId: string;
                            workerName: string;
                            /** Format: uuid */
                            versionId: string;
                            versionLabel: string;
                            fullName: string;
                            sha256: string;
                            /** Format: date-time */
                            signedAt: string;
                            current: boolean;
                        }[];
                        askedWorkerIds: string[];
                        actions: ("upload_version" | "ask" | "sign")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    signAgreement: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    versionId: string;
                    fullName: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        companyName: string;
                        title: string;
                        description: string | null;
                        current: {
                            /** Format: uuid */
                            id: string;
                            label: string;
                            fileName: string;
                            contentType: string;
                            size: number;
                            sha256: string;
                            url: string;
                            /** Format: date-time */
                            createdAt: string;
                        } | null;
                        signatures: {
                            /** Format: uuid */
                            workerId: string;
                            workerName: string;
                            /** Format: uuid */
                            versionId: string;
                            versionLabel: string;
                            fullName: string;
                            sha256: string;
                            /** Format: date-time */
                            signedAt: string;
                            current: boolean;
                        }[];
                        askedWorkerIds: string[];
                        actions: ("upload_version" | "ask" | "sign")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgressVersionConflict"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    searchWorkers: {
        parameters: {
            query?: {
                skills?: string;
                industry?: "Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other";
                q?: string;
                near?: string;
                country?: string;
                latitude?: number;
                longitude?: number;
                radiusMiles?: number;
                credentialKind?: "certification" | "licence" | "insurance" | "screening";
                credentialName?: string;
                poolId?: string;
                maxRate?: number;
                rateCurrency?: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            headline: string | null;
                            location: {
                                city: string;
                                region: string | null;
                                country: string;
                            } | null;
                            skills: string[];
                            industries: ("Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other")[];
                            hourlyRate: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            } | null;
                            distanceMiles: number | null;
                            skillsMatched: string[];
                            scorecard: {
                                satisfaction: number | null;
                                onTimeArrival: number | null;
                                abandons: number;
                                completed: number;
                            };
                        }[];
                        nextCursor: string | null;
                        centre: {
                            latitude: number;
                            longitude: number;
                            label: string;
                        } | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
            422: components["responses"]["Problem422PlaceNotFoundPlaceAmbiguous"];
        };
    };
    listAssignments: {
        parameters: {
            query?: {
                status?: ("draft" | "sent" | "declined" | "assigned" | "in_progress" | "submitted" | "approved" | "invoiced" | "paid" | "cancelled" | "void")[];
                label?: "not_confirmed" | "late" | "on_hold" | "request_pending" | "deliverable_late" | "question_open";
                from?: string;
                to?: string;
                workerId?: string;
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "declined" | "assigned" | "in_progress" | "submitted" | "approved" | "invoiced" | "paid" | "cancelled" | "void";
                            labels: ("not_confirmed" | "late" | "on_hold" | "request_pending" | "deliverable_late" | "question_open")[];
                            /** @enum {string} */
                            locationType: "onsite" | "remote";
                            city: string | null;
                            schedule: ({
                                /** @enum {string} */
                                type: "fixed";
                                /** Format: date-time */
                                startsAt: string;
                                /** @default null */
                                endsAt: string | null;
                            } | {
                                /** @enum {string} */
                                type: "window";
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                            }) | null;
                            maximumSpend: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            };
                            approvedAmount: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            } | null;
                            submittedAt: string | null;
                            assignedWorker: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                        total: number;
                        totals: {
                            /** @enum {string} */
                            status: "draft" | "sent" | "declined" | "assigned" | "in_progress" | "submitted" | "approved" | "invoiced" | "paid" | "cancelled" | "void";
                            count: number;
                            maximumSpend: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            };
                            amount: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    createAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @default  */
                    description?: string;
                    /** @default null */
                    industry?: ("Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other") | null;
                    /** @default [] */
                    skills?: string[];
                    /** @default  */
                    instructions?: string;
                    /** @enum {string} */
                    locationType: "onsite" | "remote";
                    /** @default null */
                    location?: {
                        /** @default null */
                        address?: string | null;
                        /** @default null */
                        city?: string | null;
                        /** @default null */
                        region?: string | null;
                        /** @default null */
                        postalCode?: string | null;
                        /** @default null */
                        country?: string | null;
                        /** @default null */
                        latitude?: number | null;
                        /** @default null */
                        longitude?: number | null;
                    } | null;
                    /** @default null */
                    onsiteContact?: {
                        name: string;
                        /** @default null */
                        phone?: string | null;
                        /** @default null */
                        email?: string | null;
                    } | null;
                    timeZone: string;
                    /** @default null */
                    schedule?: ({
                        /** @enum {string} */
                        type: "fixed";
                        /** Format: date-time */
                        startsAt: string;
                        /** @default null */
                        endsAt?: string | null;
                    } | {
                        /** @enum {string} */
                        type: "window";
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string;
                    }) | null;
                    /** @default null */
                    deadline?: string | null;
                    pricing: {
                        /** @enum {string} */
                        type: "flat";
                        amount: number;
                    } | {
                        /** @enum {string} */
                        type: "hourly";
                        rate: number;
                        maxHours: number;
                    } | {
                        /** @enum {string} */
                        type: "per_unit";
                        rate: number;
                        unitName: string;
                        maxUnits: number;
                    } | {
                        /** @enum {string} */
                        type: "blended";
                        amount: number;
                        flatHours: number;
                        rate: number;
                        maxHours: number;
                    };
                    /** @enum {string} */
                    currency?: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                    paymentTermsDays?: number;
                    confirmationHours?: number;
                    /**
                     * @default first_to_accept
                     * @enum {string}
                     */
                    routingMode?: "first_to_accept" | "applications";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReusedPlaceNotFoundPlaceAmbiguous"];
        };
    };
    previewAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    description?: string;
                    industry?: ("Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other") | null;
                    skills?: string[];
                    instructions?: string;
                    /** @enum {string} */
                    locationType?: "onsite" | "remote";
                    location?: {
                        /** @default null */
                        address?: string | null;
                        /** @default null */
                        city?: string | null;
                        /** @default null */
                        region?: string | null;
                        /** @default null */
                        postalCode?: string | null;
                        /** @default null */
                        country?: string | null;
                        /** @default null */
                        latitude?: number | null;
                        /** @default null */
                        longitude?: number | null;
                    } | null;
                    onsiteContact?: {
                        name: string;
                        /** @default null */
                        phone?: string | null;
                        /** @default null */
                        email?: string | null;
                    } | null;
                    timeZone?: string;
                    schedule?: ({
                        /** @enum {string} */
                        type: "fixed";
                        /** Format: date-time */
                        startsAt: string;
                        /** @default null */
                        endsAt?: string | null;
                    } | {
                        /** @enum {string} */
                        type: "window";
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string;
                    }) | null;
                    deadline?: string | null;
                    pricing?: {
                        /** @enum {string} */
                        type: "flat";
                        amount: number;
                    } | {
                        /** @enum {string} */
                        type: "hourly";
                        rate: number;
                        maxHours: number;
                    } | {
                        /** @enum {string} */
                        type: "per_unit";
                        rate: number;
                        unitName: string;
                        maxUnits: number;
                    } | {
                        /** @enum {string} */
                        type: "blended";
                        amount: number;
                        flatHours: number;
                        rate: number;
                        maxHours: number;
                    };
                    /** @enum {string} */
                    currency?: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                    paymentTermsDays?: number;
                    confirmationHours?: number;
                    /** @enum {string} */
                    routingMode?: "first_to_accept" | "applications";
                    deliverableCount?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        completeness: {
                            score: number;
                            findings: {
                                code: string;
                                /** @enum {string} */
                                severity: "blocker" | "warning" | "tip";
                                message: string;
                                field: string | null;
                            }[];
                        };
                        maximumSpend: {
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        } | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            409: components["responses"]["Problem409InvalidTransition"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
        };
    };
    getAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    updateAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    description?: string;
                    industry?: ("Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other") | null;
                    skills?: string[];
                    instructions?: string;
                    /** @enum {string} */
                    locationType?: "onsite" | "remote";
                    location?: {
                        /** @default null */
                        address?: string | null;
                        /** @default null */
                        city?: string | null;
                        /** @default null */
                        region?: string | null;
                        /** @default null */
                        postalCode?: string | null;
                        /** @default null */
                        country?: string | null;
                        /** @default null */
                        latitude?: number | null;
                        /** @default null */
                        longitude?: number | null;
                    } | null;
                    onsiteContact?: {
                        name: string;
                        /** @default null */
                        phone?: string | null;
                        /** @default null */
                        email?: string | null;
                    } | null;
                    timeZone?: string;
                    schedule?: ({
                        /** @enum {string} */
                        type: "fixed";
                        /** Format: date-time */
                        startsAt: string;
                        /** @default null */
                        endsAt?: string | null;
                    } | {
                        /** @enum {string} */
                        type: "window";
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string;
                    }) | null;
                    deadline?: string | null;
                    pricing?: {
                        /** @enum {string} */
                        type: "flat";
                        amount: number;
                    } | {
                        /** @enum {string} */
                        type: "hourly";
                        rate: number;
                        maxHours: number;
                    } | {
                        /** @enum {string} */
                        type: "per_unit";
                        rate: number;
                        unitName: string;
                        maxUnits: number;
                    } | {
                        /** @enum {string} */
                        type: "blended";
                        amount: number;
                        flatHours: number;
                        rate: number;
                        maxHours: number;
                    };
                    /** @enum {string} */
                    currency?: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                    paymentTermsDays?: number;
                    confirmationHours?: number;
                    /** @enum {string} */
                    routingMode?: "first_to_accept" | "applications";
                    version: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionVersionConflict"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422PlaceNotFoundPlaceAmbiguous"];
        };
    };
    getTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            at: string;
                            action: string;
                            actor: {
                                kind: string;
                                id: string | null;
                                name: string | null;
                            };
                            data: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    sendAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    workerIds?: string[];
                    /** @default false */
                    assignDirectly?: boolean;
                    /** @default null */
                    invitationsExpireAt?: string | null;
                    /** @default null */
                    pools?: {
                        poolIds: string[];
                        /** @default 60 */
                        radiusMiles?: number;
                    } | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        company: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        createdBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        title: string;
                        description: string;
                        industry: ("Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other") | null;
                        skills: string[];
                        instructions: string | null;
                        /** @enum {string} */
                        locationType: "onsite" | "remote";
                        location: {
                            address: string | null;
                            city: string;
                            region: string | null;
                            postalCode: string | null;
                            country: string;
                            latitude: number;
                            longitude: number;
                        } | null;
                        onsiteContact: {
                            name: string;
                            /** @default null */
                            phone: string | null;
                            /** @default null */
                            email: string | null;
                        } | null;
                        timeZone: string;
                        schedule: ({
                            /** @enum {string} */
                            type: "fixed";
                            /** Format: date-time */
                            startsAt: string;
                            /** @default null */
                            endsAt: string | null;
                        } | {
                            /** @enum {string} */
                            type: "window";
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                        }) | null;
                        deadline: string | null;
                        pricing: {
                            /** @enum {string} */
                            type: "flat";
                            amount: number;
                        } | {
                            /** @enum {string} */
                            type: "hourly";
                            rate: number;
                            maxHours: number;
                        } | {
                            /** @enum {string} */
                            type: "per_unit";
                            rate: number;
                            unitName: string;
                            maxUnits: number;
                        } | {
                            /** @enum {string} */
                            type: "blended";
                            amount: number;
                            flatHours: number;
                            rate: number;
                            maxHours: number;
                        };
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        maximumSpend: {
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        };
                        paymentTermsDays: number;
                        autoApprovalHours: number;
                        confirmationHours: number;
                        /** @enum {string} */
                        routingMode: "first_to_accept" | "applications";
                        invitationsExpireAt: string | null;
                        /** @enum {string} */
                        status: "draft" | "sent" | "declined" | "assigned" | "in_progress" | "submitted" | "approved" | "invoiced" | "paid" | "cancelled" | "void";
                        labels: ("not_confirmed" | "late" | "on_hold" | "request_pending" | "deliverable_late" | "question_open")[];
                        actions: ("update" | "send" | "assign" | "addRecipients" | "withdraw" | "accept" | "apply" | "selectApplication" | "decline" | "closeInvitations" | "confirm" | "checkIn" | "checkOut" | "submit" | "approve" | "return" | "cancel" | "abandon" | "markNoShow" | "hold" | "resume" | "void" | "markInvoiced" | "markPaid")[];
                        /** @enum {string} */
                        party: "admin" | "manager" | "finance" | "viewer" | "assignee" | "invitee" | "system";
                        assignedWorker: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        invitation: {
                            /** @enum {string} */
                            status: "invited" | "declined" | "accepted" | "withdrawn" | "expired" | "abandoned" | "no_show" | "taken";
                            expiresAt: string | null;
                            reason: string | null;
                        } | null;
                        workerOutcome: ("declined" | "expired" | "withdrawn" | "taken" | "cancelled" | "abandoned" | "no_show") | null;
                        confirmedAt: string | null;
                        holdReason: string | null;
                        autoApprovalHeld: boolean;
                        autoApprovalDueAt: string | null;
                        escalationWindowClosesAt: string | null;
                        claim: {
                            hours: number | null;
                            units: number | null;
                            expenses: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            };
                            total: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            };
                        } | null;
                        submissionNotes: string | null;
                        returnReason: string | null;
                        cancellation: {
                            reason: string;
                            fee: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            } | null;
                            feeOffered: boolean;
                        } | null;
                        cancellationOffer: {
                            suggestedFee: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            };
                            maximumFee: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            };
                        } | null;
                        completeness: {
                            score: number;
                            findings: {
                                code: string;
                                /** @enum {string} */
                                severity: "blocker" | "warning" | "tip";
                                message: string;
                                field: string | null;
                            }[];
                        } | null;
                        recipients: {
                            worker: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "invited" | "declined" | "accepted" | "withdrawn" | "expired" | "abandoned" | "no_show" | "taken";
                            /** Format: date-time */
                            invitedAt: string;
                            respondedAt: string | null;
                            reason: string | null;
                        }[];
                        applications: {
                            /** Format: uuid */
                            id: string;
                            worker: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "pending" | "selected" | "rejected" | "withdrawn";
                            message: string | null;
                            counterOffer: {
                                pricing: ({
                                    /** @enum {string} */
                                    type: "flat";
                                    amount: number;
                                } | {
                                    /** @enum {string} */
                                    type: "hourly";
                                    rate: number;
                                    maxHours: number;
                                } | {
                                    /** @enum {string} */
                                    type: "per_unit";
                                    rate: number;
                                    unitName: string;
                                    maxUnits: number;
                                } | {
                                    /** @enum {string} */
                                    type: "blended";
                                    amount: number;
                                    flatHours: number;
                                    rate: number;
                                    maxHours: number;
                                }) | null;
                                schedule: ({
                                    /** @enum {string} */
                                    type: "fixed";
                                    /** Format: date-time */
                                    startsAt: string;
                                    /** @default null */
                                    endsAt: string | null;
                                } | {
                                    /** @enum {string} */
                                    type: "window";
                                    /** Format: date-time */
                                    startsAt: string;
                                    /** Format: date-time */
                                    endsAt: string;
                                }) | null;
                            } | null;
                            maximumSpend: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            };
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        timeLogs: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            checkedInAt: string;
                            checkedOutAt: string | null;
                            minutes: number | null;
                            note: string | null;
                            early: boolean;
                        }[];
                        deliverables: {
                            requirements: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "photo" | "document" | "signature" | "report";
                                title: string;
                                instructions: string;
                                requiredCount: number;
                                dueAt: string | null;
                                handedIn: number;
                                complete: boolean;
                                files: {
                                    /** Format: uuid */
                                    id: string;
                                    fileName: string;
                                    contentType: string;
                                    size: number;
                                    caption: string | null;
                                    /** Format: date-time */
                                    uploadedAt: string;
                                    uploadedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    url: string;
                                }[];
                                report: {
                                    text: string;
                                    /** Format: date-time */
                                    writtenAt: string;
                                } | null;
                                releasedFiles: {
                                    /** Format: uuid */
                                    id: string;
                                    fileName: string;
                                    contentType: string;
                                    size: number;
                                    caption: string | null;
                                    /** Format: date-time */
                                    uploadedAt: string;
                                    uploadedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    url: string;
                                    /** Format: date-time */
                                    releasedAt: string;
                                }[];
                                releasedReports: {
                                    /** Format: uuid */
                                    id: string;
                                    text: string;
                                    /** Format: date-time */
                                    writtenAt: string;
                                    writtenBy: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    /** Format: date-time */
                                    releasedAt: string;
                                }[];
                            }[];
                            checklist: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                required: boolean;
                                done: boolean;
                                doneAt: string | null;
                            }[];
                            fields: {
                                /** Format: uuid */
                                id: string;
                                label: string;
                                /** @enum {string} */
                                type: "text" | "number" | "date" | "choice";
                                choices: string[];
                                required: boolean;
                                /** @enum {string} */
                                filledBy: "client" | "worker";
                                value: string | number | null;
                                filledAt: string | null;
                                canFill: boolean;
                            }[];
                            missing: {
                                /** @enum {string} */
                                part: "requirement" | "checklist" | "field";
                                /** Format: uuid */
                                id: string;
                                label: string;
                                message: string;
                            }[];
                            complete: boolean;
                            canDefine: boolean;
                            canHandIn: boolean;
                        };
                        requests: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "budget_increase" | "reschedule" | "expense" | "bonus";
                            /** @enum {string} */
                            status: "pending" | "accepted" | "declined" | "withdrawn" | "closed";
                            amount: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            } | null;
                            schedule: ({
                                /** @enum {string} */
                                type: "fixed";
                                /** Format: date-time */
                                startsAt: string;
                                /** @default null */
                                endsAt: string | null;
                            } | {
                                /** @enum {string} */
                                type: "window";
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                            }) | null;
                            reason: string;
                            requestedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            requestedAt: string;
                            answer: {
                                by: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                at: string;
                                note: string | null;
                            } | null;
                            actions: ("accept" | "decline" | "withdraw")[];
                        }[];
                        companyScorecard: components["schemas"]["ScorecardSummary"] | null;
                        fundsSecured: boolean;
                        invoice: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "assignment" | "cancellation_fee";
                            /** @enum {string} */
                            status: "open" | "paid" | "void";
                            pastDue: boolean;
                            /** @description whole days an open invoice is past its due date (0 until then) */
                            daysLate: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            /** @description what the worker earns */
                            amount: number;
                            /** @description the platform fee */
                            fee: number;
                            /** @description amount + fee: what the company pays */
                            total: number;
                            /** Format: date-time */
                            dueAt: string;
                            paidAt: string | null;
                            /** @description true when nobody clicked: auto-pay on the due date, or immediate terms at approval */
                            autoPaid: boolean;
                        } | null;
                        approvalWarnings: {
                            /** @enum {string} */
                            code: "claim_exceeds_logged_time" | "no_deliverables" | "deliverables_missing" | "early_check_in";
                            message: string;
                        }[];
                        submittedAt: string | null;
                        approvedAt: string | null;
                        cancelledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        poolReach: {
                            pools: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            radiusMiles: number;
                            members: number;
                            outsideRadius: number;
                            reached: number;
                            leftOut: number;
                            leftOutBy: {
                                requirement: string;
                                count: number;
                            }[];
                        } | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejectedPolicyAcceptanceRequiredRequirementsNotMetEmailUnverifiedBlockedCompanyLocked"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReusedInsufficientFunds"];
        };
    };
    addRecipients: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    workerIds: string[];
                    invitationsExpireAt?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejectedPolicyAcceptanceRequiredRequirementsNotMetEmailUnverifiedBlockedCompanyLocked"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReusedInsufficientFunds"];
        };
    };
    withdrawAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    acceptAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejectedPolicyAcceptanceRequiredRequirementsNotMetEmailUnverifiedBlocked"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReusedInsufficientFunds"];
        };
    };
    applyForAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    message?: string | null;
                    /** @default null */
                    counterOffer?: {
                        /** @default null */
                        pricing?: ({
                            /** @enum {string} */
                            type: "flat";
                            amount: number;
                        } | {
                            /** @enum {string} */
                            type: "hourly";
                            rate: number;
                            maxHours: number;
                        } | {
                            /** @enum {string} */
                            type: "per_unit";
                            rate: number;
                            unitName: string;
                            maxUnits: number;
                        } | {
                            /** @enum {string} */
                            type: "blended";
                            amount: number;
                            flatHours: number;
                            rate: number;
                            maxHours: number;
                        }) | null;
                        /** @default null */
                        schedule?: ({
                            /** @enum {string} */
                            type: "fixed";
                            /** Format: date-time */
                            startsAt: string;
                            /** @default null */
                            endsAt?: string | null;
                        } | {
                            /** @enum {string} */
                            type: "window";
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                        }) | null;
                    } | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejectedPolicyAcceptanceRequiredRequirementsNotMetEmailUnverifiedBlocked"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    selectApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejectedPolicyAcceptanceRequiredEmailUnverifiedBlocked"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReusedInsufficientFunds"];
        };
    };
    declineAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    confirmAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejectedPolicyAcceptanceRequired"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    checkInAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejectedPolicyAcceptanceRequired"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    checkOutAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    submitAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    hours?: number | null;
                    /** @default null */
                    units?: number | null;
                    /** @default 0 */
                    expenses?: number;
                    /** @default  */
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejectedPolicyAcceptanceRequired"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgressDeliverablesIncomplete"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReusedBudgetExceeded"];
        };
    };
    abandonAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    approveAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReusedInsufficientFunds"];
        };
    };
    returnAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    cancelAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** @default null */
                    fee?: number | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReusedBudgetExceededCancellationFeeNotOffered"];
        };
    };
    markNoShow: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    holdAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    resumeAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    voidAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    exportAssignmentsCsv: {
        parameters: {
            query?: {
                status?: ("draft" | "sent" | "declined" | "assigned" | "in_progress" | "submitted" | "approved" | "invoiced" | "paid" | "cancelled" | "void")[];
                label?: "not_confirmed" | "late" | "on_hold" | "request_pending" | "deliverable_late" | "question_open";
                from?: string;
                to?: string;
                workerId?: string;
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    listWorkerInbox: {
        parameters: {
            query?: {
                status?: "invited" | "declined" | "accepted" | "withdrawn" | "expired" | "abandoned" | "no_show" | "taken";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "sent" | "declined" | "assigned" | "in_progress" | "submitted" | "approved" | "invoiced" | "paid" | "cancelled" | "void";
                            company: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                profileUrl: string;
                            };
                            pricing: {
                                /** @enum {string} */
                                type: "flat";
                                amount: number;
                            } | {
                                /** @enum {string} */
                                type: "hourly";
                                rate: number;
                                maxHours: number;
                            } | {
                                /** @enum {string} */
                                type: "per_unit";
                                rate: number;
                                unitName: string;
                                maxUnits: number;
                            } | {
                                /** @enum {string} */
                                type: "blended";
                                amount: number;
                                flatHours: number;
                                rate: number;
                                maxHours: number;
                            };
                            maximumSpend: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            };
                            /** @enum {string} */
                            locationType: "onsite" | "remote";
                            city: string | null;
                            schedule: ({
                                /** @enum {string} */
                                type: "fixed";
                                /** Format: date-time */
                                startsAt: string;
                                /** @default null */
                                endsAt: string | null;
                            } | {
                                /** @enum {string} */
                                type: "window";
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                            }) | null;
                            timeZone: string;
                            /** @enum {string} */
                            routingMode: "first_to_accept" | "applications";
                            distanceKm: number | null;
                            completeness: {
                                score: number;
                                findings: {
                                    code: string;
                                    /** @enum {string} */
                                    severity: "blocker" | "warning" | "tip";
                                    message: string;
                                    field: string | null;
                                }[];
                            } | null;
                            invitation: {
                                /** @enum {string} */
                                status: "invited" | "declined" | "accepted" | "withdrawn" | "expired" | "abandoned" | "no_show" | "taken";
                                /** Format: date-time */
                                invitedAt: string;
                                expiresAt: string | null;
                            };
                            assignedToMe: boolean;
                            actions: ("update" | "send" | "assign" | "addRecipients" | "withdraw" | "accept" | "apply" | "selectApplication" | "decline" | "closeInvitations" | "confirm" | "checkIn" | "checkOut" | "submit" | "approve" | "return" | "cancel" | "abandon" | "markNoShow" | "hold" | "resume" | "void" | "markInvoiced" | "markPaid")[];
                            companyScorecard: components["schemas"]["ScorecardSummary"] | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    getDeliverables: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requirements: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "photo" | "document" | "signature" | "report";
                            title: string;
                            instructions: string;
                            requiredCount: number;
                            dueAt: string | null;
                            handedIn: number;
                            complete: boolean;
                            files: {
                                /** Format: uuid */
                                id: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                caption: string | null;
                                /** Format: date-time */
                                uploadedAt: string;
                                uploadedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                url: string;
                            }[];
                            report: {
                                text: string;
                                /** Format: date-time */
                                writtenAt: string;
                            } | null;
                            releasedFiles: {
                                /** Format: uuid */
                                id: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                caption: string | null;
                                /** Format: date-time */
                                uploadedAt: string;
                                uploadedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                url: string;
                                /** Format: date-time */
                                releasedAt: string;
                            }[];
                            releasedReports: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** Format: date-time */
                                writtenAt: string;
                                writtenBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                releasedAt: string;
                            }[];
                        }[];
                        checklist: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            required: boolean;
                            done: boolean;
                            doneAt: string | null;
                        }[];
                        fields: {
                            /** Format: uuid */
                            id: string;
                            label: string;
                            /** @enum {string} */
                            type: "text" | "number" | "date" | "choice";
                            choices: string[];
                            required: boolean;
                            /** @enum {string} */
                            filledBy: "client" | "worker";
                            value: string | number | null;
                            filledAt: string | null;
                            canFill: boolean;
                        }[];
                        missing: {
                            /** @enum {string} */
                            part: "requirement" | "checklist" | "field";
                            /** Format: uuid */
                            id: string;
                            label: string;
                            message: string;
                        }[];
                        complete: boolean;
                        canDefine: boolean;
                        canHandIn: boolean;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    defineDeliverables: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    requirements?: {
                        /** Format: uuid */
                        id?: string;
                        /** @enum {string} */
                        kind: "photo" | "document" | "signature" | "report";
                        title: string;
                        /** @default  */
                        instructions?: string;
                        /** @default 1 */
                        requiredCount?: number;
                        /** @default null */
                        dueAt?: string | null;
                    }[];
                    /** @default [] */
                    checklist?: {
                        /** Format: uuid */
                        id?: string;
                        text: string;
                        /** @default true */
                        required?: boolean;
                    }[];
                    /** @default [] */
                    fields?: {
                        /** Format: uuid */
                        id?: string;
                        label: string;
                        /** @enum {string} */
                        type: "text" | "number" | "date" | "choice";
                        /** @default [] */
                        choices?: string[];
                        /** @default false */
                        required?: boolean;
                        /** @enum {string} */
                        filledBy: "client" | "worker";
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requirements: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "photo" | "document" | "signature" | "report";
                            title: string;
                            instructions: string;
                            requiredCount: number;
                            dueAt: string | null;
                            handedIn: number;
                            complete: boolean;
                            files: {
                                /** Format: uuid */
                                id: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                caption: string | null;
                                /** Format: date-time */
                                uploadedAt: string;
                                uploadedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                url: string;
                            }[];
                            report: {
                                text: string;
                                /** Format: date-time */
                                writtenAt: string;
                            } | null;
                            releasedFiles: {
                                /** Format: uuid */
                                id: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                caption: string | null;
                                /** Format: date-time */
                                uploadedAt: string;
                                uploadedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                url: string;
                                /** Format: date-time */
                                releasedAt: string;
                            }[];
                            releasedReports: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** Format: date-time */
                                writtenAt: string;
                                writtenBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                releasedAt: string;
                            }[];
                        }[];
                        checklist: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            required: boolean;
                            done: boolean;
                            doneAt: string | null;
                        }[];
                        fields: {
                            /** Format: uuid */
                            id: string;
                            label: string;
                            /** @enum {string} */
                            type: "text" | "number" | "date" | "choice";
                            choices: string[];
                            required: boolean;
                            /** @enum {string} */
                            filledBy: "client" | "worker";
                            value: string | number | null;
                            filledAt: string | null;
                            canFill: boolean;
                        }[];
                        missing: {
                            /** @enum {string} */
                            part: "requirement" | "checklist" | "field";
                            /** Format: uuid */
                            id: string;
                            label: string;
                            message: string;
                        }[];
                        complete: boolean;
                        canDefine: boolean;
                        canHandIn: boolean;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionDeliverableInUse"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
        };
    };
    captureSignature: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                requirementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dataUrl: string;
                    /** @default null */
                    signerName?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        fileName: string;
                        contentType: string;
                        size: number;
                        caption: string | null;
                        /** Format: date-time */
                        uploadedAt: string;
                        uploadedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        url: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    writeReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                requirementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requirements: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "photo" | "document" | "signature" | "report";
                            title: string;
                            instructions: string;
                            requiredCount: number;
                            dueAt: string | null;
                            handedIn: number;
                            complete: boolean;
                            files: {
                                /** Format: uuid */
                                id: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                caption: string | null;
                                /** Format: date-time */
                                uploadedAt: string;
                                uploadedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                url: string;
                            }[];
                            report: {
                                text: string;
                                /** Format: date-time */
                                writtenAt: string;
                            } | null;
                            releasedFiles: {
                                /** Format: uuid */
                                id: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                caption: string | null;
                                /** Format: date-time */
                                uploadedAt: string;
                                uploadedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                url: string;
                                /** Format: date-time */
                                releasedAt: string;
                            }[];
                            releasedReports: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** Format: date-time */
                                writtenAt: string;
                                writtenBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                releasedAt: string;
                            }[];
                        }[];
                        checklist: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            required: boolean;
                            done: boolean;
                            doneAt: string | null;
                        }[];
                        fields: {
                            /** Format: uuid */
                            id: string;
                            label: string;
                            /** @enum {string} */
                            type: "text" | "number" | "date" | "choice";
                            choices: string[];
                            required: boolean;
                            /** @enum {string} */
                            filledBy: "client" | "worker";
                            value: string | number | null;
                            filledAt: string | null;
                            canFill: boolean;
                        }[];
                        missing: {
                            /** @enum {string} */
                            part: "requirement" | "checklist" | "field";
                            /** Format: uuid */
                            id: string;
                            label: string;
                            message: string;
                        }[];
                        complete: boolean;
                        canDefine: boolean;
                        canHandIn: boolean;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransition"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
        };
    };
    downloadDeliverableFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                requirementId: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes, with its stored Content-Type and a Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    removeDeliverableFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                requirementId: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requirements: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "photo" | "document" | "signature" | "report";
                            title: string;
                            instructions: string;
                            requiredCount: number;
                            dueAt: string | null;
                            handedIn: number;
                            complete: boolean;
                            files: {
                                /** Format: uuid */
                                id: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                caption: string | null;
                                /** Format: date-time */
                                uploadedAt: string;
                                uploadedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                url: string;
                            }[];
                            report: {
                                text: string;
                                /** Format: date-time */
                                writtenAt: string;
                            } | null;
                            releasedFiles: {
                                /** Format: uuid */
                                id: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                caption: string | null;
                                /** Format: date-time */
                                uploadedAt: string;
                                uploadedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                url: string;
                                /** Format: date-time */
                                releasedAt: string;
                            }[];
                            releasedReports: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** Format: date-time */
                                writtenAt: string;
                                writtenBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                releasedAt: string;
                            }[];
                        }[];
                        checklist: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            required: boolean;
                            done: boolean;
                            doneAt: string | null;
                        }[];
                        fields: {
                            /** Format: uuid */
                            id: string;
                            label: string;
                            /** @enum {string} */
                            type: "text" | "number" | "date" | "choice";
                            choices: string[];
                            required: boolean;
                            /** @enum {string} */
                            filledBy: "client" | "worker";
                            value: string | number | null;
                            filledAt: string | null;
                            canFill: boolean;
                        }[];
                        missing: {
                            /** @enum {string} */
                            part: "requirement" | "checklist" | "field";
                            /** Format: uuid */
                            id: string;
                            label: string;
                            message: string;
                        }[];
                        complete: boolean;
                        canDefine: boolean;
                        canHandIn: boolean;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransition"];
        };
    };
    tickChecklistItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    done: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requirements: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "photo" | "document" | "signature" | "report";
                            title: string;
                            instructions: string;
                            requiredCount: number;
                            dueAt: string | null;
                            handedIn: number;
                            complete: boolean;
                            files: {
                                /** Format: uuid */
                                id: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                caption: string | null;
                                /** Format: date-time */
                                uploadedAt: string;
                                uploadedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                url: string;
                            }[];
                            report: {
                                text: string;
                                /** Format: date-time */
                                writtenAt: string;
                            } | null;
                            releasedFiles: {
                                /** Format: uuid */
                                id: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                caption: string | null;
                                /** Format: date-time */
                                uploadedAt: string;
                                uploadedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                url: string;
                                /** Format: date-time */
                                releasedAt: string;
                            }[];
                            releasedReports: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** Format: date-time */
                                writtenAt: string;
                                writtenBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                releasedAt: string;
                            }[];
                        }[];
                        checklist: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            required: boolean;
                            done: boolean;
                            doneAt: string | null;
                        }[];
                        fields: {
                            /** Format: uuid */
                            id: string;
                            label: string;
                            /** @enum {string} */
                            type: "text" | "number" | "date" | "choice";
                            choices: string[];
                            required: boolean;
                            /** @enum {string} */
                            filledBy: "client" | "worker";
                            value: string | number | null;
                            filledAt: string | null;
                            canFill: boolean;
                        }[];
                        missing: {
                            /** @enum {string} */
                            part: "requirement" | "checklist" | "field";
                            /** Format: uuid */
                            id: string;
                            label: string;
                            message: string;
                        }[];
                        complete: boolean;
                        canDefine: boolean;
                        canHandIn: boolean;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransition"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
        };
    };
    fillCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                fieldId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    value: string | number | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requirements: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "photo" | "document" | "signature" | "report";
                            title: string;
                            instructions: string;
                            requiredCount: number;
                            dueAt: string | null;
                            handedIn: number;
                            complete: boolean;
                            files: {
                                /** Format: uuid */
                                id: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                caption: string | null;
                                /** Format: date-time */
                                uploadedAt: string;
                                uploadedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                url: string;
                            }[];
                            report: {
                                text: string;
                                /** Format: date-time */
                                writtenAt: string;
                            } | null;
                            releasedFiles: {
                                /** Format: uuid */
                                id: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                caption: string | null;
                                /** Format: date-time */
                                uploadedAt: string;
                                uploadedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                url: string;
                                /** Format: date-time */
                                releasedAt: string;
                            }[];
                            releasedReports: {
                                /** Format: uuid */
                                id: string;
                                text: string;
                                /** Format: date-time */
                                writtenAt: string;
                                writtenBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                releasedAt: string;
                            }[];
                        }[];
                        checklist: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            required: boolean;
                            done: boolean;
                            doneAt: string | null;
                        }[];
                        fields: {
                            /** Format: uuid */
                            id: string;
                            label: string;
                            /** @enum {string} */
                            type: "text" | "number" | "date" | "choice";
                            choices: string[];
                            required: boolean;
                            /** @enum {string} */
                            filledBy: "client" | "worker";
                            value: string | number | null;
                            filledAt: string | null;
                            canFill: boolean;
                        }[];
                        missing: {
                            /** @enum {string} */
                            part: "requirement" | "checklist" | "field";
                            /** Format: uuid */
                            id: string;
                            label: string;
                            message: string;
                        }[];
                        complete: boolean;
                        canDefine: boolean;
                        canHandIn: boolean;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransition"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
        };
    };
    listAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            fileName: string;
                            contentType: string;
                            size: number;
                            caption: string | null;
                            /** Format: date-time */
                            uploadedAt: string;
                            uploadedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            url: string;
                        }[];
                        canAttach: boolean;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    addAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file (one per request, at most 10 MB). Its type is read from its bytes.
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        fileName: string;
                        contentType: string;
                        size: number;
                        caption: string | null;
                        /** Format: date-time */
                        uploadedAt: string;
                        uploadedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        url: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409ConflictInvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    downloadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes, with its stored Content-Type and a Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    removeAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransition"];
        };
    };
    listAssignmentRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "budget_increase" | "reschedule" | "expense" | "bonus";
                            /** @enum {string} */
                            status: "pending" | "accepted" | "declined" | "withdrawn" | "closed";
                            amount: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            } | null;
                            schedule: ({
                                /** @enum {string} */
                                type: "fixed";
                                /** Format: date-time */
                                startsAt: string;
                                /** @default null */
                                endsAt: string | null;
                            } | {
                                /** @enum {string} */
                                type: "window";
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                            }) | null;
                            reason: string;
                            requestedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            requestedAt: string;
                            answer: {
                                by: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                at: string;
                                note: string | null;
                            } | null;
                            actions: ("accept" | "decline" | "withdraw")[];
                        }[];
                        accepted: {
                            budgetIncrease: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            };
                            expenses: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            };
                            bonus: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            };
                        };
                        canMake: ("budget_increase" | "reschedule" | "expense" | "bonus")[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    makeAssignmentRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "budget_increase";
                    amount: number;
                    reason: string;
                } | {
                    /** @enum {string} */
                    kind: "reschedule";
                    schedule: {
                        /** @enum {string} */
                        type: "fixed";
                        /** Format: date-time */
                        startsAt: string;
                        /** @default null */
                        endsAt?: string | null;
                    } | {
                        /** @enum {string} */
                        type: "window";
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string;
                    };
                    reason: string;
                } | {
                    /** @enum {string} */
                    kind: "expense";
                    amount: number;
                    reason: string;
                } | {
                    /** @enum {string} */
                    kind: "bonus";
                    amount: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "budget_increase" | "reschedule" | "expense" | "bonus";
                        /** @enum {string} */
                        status: "pending" | "accepted" | "declined" | "withdrawn" | "closed";
                        amount: {
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        } | null;
                        schedule: ({
                            /** @enum {string} */
                            type: "fixed";
                            /** Format: date-time */
                            startsAt: string;
                            /** @default null */
                            endsAt: string | null;
                        } | {
                            /** @enum {string} */
                            type: "window";
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                        }) | null;
                        reason: string;
                        requestedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: date-time */
                        requestedAt: string;
                        answer: {
                            by: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            at: string;
                            note: string | null;
                        } | null;
                        actions: ("accept" | "decline" | "withdraw")[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejectedBlocked"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgressRequestAlreadyPending"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    acceptAssignmentRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "budget_increase" | "reschedule" | "expense" | "bonus";
                        /** @enum {string} */
                        status: "pending" | "accepted" | "declined" | "withdrawn" | "closed";
                        amount: {
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        } | null;
                        schedule: ({
                            /** @enum {string} */
                            type: "fixed";
                            /** Format: date-time */
                            startsAt: string;
                            /** @default null */
                            endsAt: string | null;
                        } | {
                            /** @enum {string} */
                            type: "window";
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                        }) | null;
                        reason: string;
                        requestedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: date-time */
                        requestedAt: string;
                        answer: {
                            by: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            at: string;
                            note: string | null;
                        } | null;
                        actions: ("accept" | "decline" | "withdraw")[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejectedEmailUnverifiedBlocked"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReusedInsufficientFunds"];
        };
    };
    declineAssignmentRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "budget_increase" | "reschedule" | "expense" | "bonus";
                        /** @enum {string} */
                        status: "pending" | "accepted" | "declined" | "withdrawn" | "closed";
                        amount: {
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        } | null;
                        schedule: ({
                            /** @enum {string} */
                            type: "fixed";
                            /** Format: date-time */
                            startsAt: string;
                            /** @default null */
                            endsAt: string | null;
                        } | {
                            /** @enum {string} */
                            type: "window";
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                        }) | null;
                        reason: string;
                        requestedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: date-time */
                        requestedAt: string;
                        answer: {
                            by: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            at: string;
                            note: string | null;
                        } | null;
                        actions: ("accept" | "decline" | "withdraw")[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    withdrawAssignmentRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "budget_increase" | "reschedule" | "expense" | "bonus";
                        /** @enum {string} */
                        status: "pending" | "accepted" | "declined" | "withdrawn" | "closed";
                        amount: {
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        } | null;
                        schedule: ({
                            /** @enum {string} */
                            type: "fixed";
                            /** Format: date-time */
                            startsAt: string;
                            /** @default null */
                            endsAt: string | null;
                        } | {
                            /** @enum {string} */
                            type: "window";
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                        }) | null;
                        reason: string;
                        requestedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: date-time */
                        requestedAt: string;
                        answer: {
                            by: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            at: string;
                            note: string | null;
                        } | null;
                        actions: ("accept" | "decline" | "withdraw")[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    getAssignmentRequirements: {
        parameters: {
            query?: {
                workerId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requirementSet: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** Format: uuid */
                        workerId: string;
                        eligible: boolean;
                        override: {
                            reason: string;
                            /** Format: date-time */
                            at: string;
                        } | null;
                        checks: {
                            requirement: {
                                /** @enum {string} */
                                type: "certification";
                                name: string;
                            } | {
                                /** @enum {string} */
                                type: "licence";
                                name: string;
                                /** @default null */
                                region: string | null;
                            } | {
                                /** @enum {string} */
                                type: "insurance";
                                /** @default null */
                                name: string | null;
                                minCoverage: {
                                    amount: number;
                                    /** @enum {string} */
                                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                                };
                            } | {
                                /** @enum {string} */
                                type: "screening";
                                /** @enum {string} */
                                screening: "background" | "drug";
                                withinMonths: number;
                            } | {
                                /** @enum {string} */
                                type: "industry";
                                /** @enum {string} */
                                industry: "Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other";
                            } | {
                                /** @enum {string} */
                                type: "skill";
                                skill: string;
                            } | {
                                /** @enum {string} */
                                type: "country";
                                country: string;
                            } | {
                                /** @enum {string} */
                                type: "distance";
                                maxMiles: number;
                            } | {
                                /** @enum {string} */
                                type: "test";
                                /** Format: uuid */
                                testId: string;
                                minScore: number;
                            } | {
                                /** @enum {string} */
                                type: "agreement";
                                /** Format: uuid */
                                agreementId: string;
                            } | {
                                /** @enum {string} */
                                type: "pool";
                                /** Format: uuid */
                                poolId: string;
                            } | {
                                /** @enum {string} */
                                type: "min_satisfaction";
                                minPercent: number;
                            } | {
                                /** @enum {string} */
                                type: "min_on_time_arrival";
                                minPercent: number;
                            } | {
                                /** @enum {string} */
                                type: "max_abandons";
                                max: number;
                            };
                            met: boolean;
                            reason: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    getAssignmentMatches: {
        parameters: {
            query?: {
                radiusMiles?: number;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            headline: string | null;
                            location: {
                                city: string;
                                region: string | null;
                                country: string;
                            } | null;
                            skills: string[];
                            industries: ("Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other")[];
                            hourlyRate: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            } | null;
                            distanceMiles: number | null;
                            skillsMatched: string[];
                            scorecard: {
                                satisfaction: number | null;
                                onTimeArrival: number | null;
                                abandons: number;
                                completed: number;
                            };
                            rank: number;
                            eligible: boolean;
                            checks: {
                                requirement: {
                                    /** @enum {string} */
                                    type: "certification";
                                    name: string;
                                } | {
                                    /** @enum {string} */
                                    type: "licence";
                                    name: string;
                                    /** @default null */
                                    region: string | null;
                                } | {
                                    /** @enum {string} */
                                    type: "insurance";
                                    /** @default null */
                                    name: string | null;
                                    minCoverage: {
                                        amount: number;
                                        /** @enum {string} */
                                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                                    };
                                } | {
                                    /** @enum {string} */
                                    type: "screening";
                                    /** @enum {string} */
                                    screening: "background" | "drug";
                                    withinMonths: number;
                                } | {
                                    /** @enum {string} */
                                    type: "industry";
                                    /** @enum {string} */
                                    industry: "Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other";
                                } | {
                                    /** @enum {string} */
                                    type: "skill";
                                    skill: string;
                                } | {
                                    /** @enum {string} */
                                    type: "country";
                                    country: string;
                                } | {
                                    /** @enum {string} */
                                    type: "distance";
                                    maxMiles: number;
                                } | {
                                    /** @enum {string} */
                                    type: "test";
                                    /** Format: uuid */
                                    testId: string;
                                    minScore: number;
                                } | {
                                    /** @enum {string} */
                                    type: "agreement";
                                    /** Format: uuid */
                                    agreementId: string;
                                } | {
                                    /** @enum {string} */
                                    type: "pool";
                                    /** Format: uuid */
                                    poolId: string;
                                } | {
                                    /** @enum {string} */
                                    type: "min_satisfaction";
                                    minPercent: number;
                                } | {
                                    /** @enum {string} */
                                    type: "min_on_time_arrival";
                                    minPercent: number;
                                } | {
                                    /** @enum {string} */
                                    type: "max_abandons";
                                    max: number;
                                };
                                met: boolean;
                                reason: string;
                            }[];
                        }[];
                        nextCursor: string | null;
                        requirementSet: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        radiusMiles: number;
                        ranking: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    getAttachedRequirementSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        assignmentId: string;
                        requirementSet: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    attachRequirementSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    requirementSetId: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        assignmentId: string;
                        requirementSet: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransition"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
        };
    };
    overrideAssignmentRequirements: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    workerId: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requirementSet: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** Format: uuid */
                        workerId: string;
                        eligible: boolean;
                        override: {
                            reason: string;
                            /** Format: date-time */
                            at: string;
                        } | null;
                        checks: {
                            requirement: {
                                /** @enum {string} */
                                type: "certification";
                                name: string;
                            } | {
                                /** @enum {string} */
                                type: "licence";
                                name: string;
                                /** @default null */
                                region: string | null;
                            } | {
                                /** @enum {string} */
                                type: "insurance";
                                /** @default null */
                                name: string | null;
                                minCoverage: {
                                    amount: number;
                                    /** @enum {string} */
                                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                                };
                            } | {
                                /** @enum {string} */
                                type: "screening";
                                /** @enum {string} */
                                screening: "background" | "drug";
                                withinMonths: number;
                            } | {
                                /** @enum {string} */
                                type: "industry";
                                /** @enum {string} */
                                industry: "Information Technology" | "Telecommunications" | "Retail" | "Construction" | "Energy & Utilities" | "Healthcare" | "Logistics" | "Audio/Visual" | "Security Systems" | "Electrical" | "HVAC" | "Point of Sale" | "Digital Signage" | "Other";
                            } | {
                                /** @enum {string} */
                                type: "skill";
                                skill: string;
                            } | {
                                /** @enum {string} */
                                type: "country";
                                country: string;
                            } | {
                                /** @enum {string} */
                                type: "distance";
                                maxMiles: number;
                            } | {
                                /** @enum {string} */
                                type: "test";
                                /** Format: uuid */
                                testId: string;
                                minScore: number;
                            } | {
                                /** @enum {string} */
                                type: "agreement";
                                /** Format: uuid */
                                agreementId: string;
                            } | {
                                /** @enum {string} */
                                type: "pool";
                                /** Format: uuid */
                                poolId: string;
                            } | {
                                /** @enum {string} */
                                type: "min_satisfaction";
                                minPercent: number;
                            } | {
                                /** @enum {string} */
                                type: "min_on_time_arrival";
                                minPercent: number;
                            } | {
                                /** @enum {string} */
                                type: "max_abandons";
                                max: number;
                            };
                            met: boolean;
                            reason: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    listAssignmentTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            title: string;
                            /** @enum {string} */
                            pricingType: "flat" | "hourly" | "per_unit" | "blended";
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    saveAssignmentTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    assignmentId: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        title: string;
                        /** @enum {string} */
                        pricingType: "flat" | "hourly" | "per_unit" | "blended";
                        createdBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        assignment: {
                            [key: string]: unknown;
                        };
                        deliverables: {
                            /** @default [] */
                            requirements: {
                                /** Format: uuid */
                                id?: string;
                                /** @enum {string} */
                                kind: "photo" | "document" | "signature" | "report";
                                title: string;
                                /** @default  */
                                instructions: string;
                                /** @default 1 */
                                requiredCount: number;
                                /** @default null */
                                dueAt: string | null;
                            }[];
                            /** @default [] */
                            checklist: {
                                /** Format: uuid */
                                id?: string;
                                text: string;
                                /** @default true */
                                required: boolean;
                            }[];
                            /** @default [] */
                            fields: {
                                /** Format: uuid */
                                id?: string;
                                label: string;
                                /** @enum {string} */
                                type: "text" | "number" | "date" | "choice";
                                /** @default [] */
                                choices: string[];
                                /** @default false */
                                required: boolean;
                                /** @enum {string} */
                                filledBy: "client" | "worker";
                            }[];
                        };
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409ConflictIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    getAssignmentTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        title: string;
                        /** @enum {string} */
                        pricingType: "flat" | "hourly" | "per_unit" | "blended";
                        createdBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        assignment: {
                            [key: string]: unknown;
                        };
                        deliverables: {
                            /** @default [] */
                            requirements: {
                                /** Format: uuid */
                                id?: string;
                                /** @enum {string} */
                                kind: "photo" | "document" | "signature" | "report";
                                title: string;
                                /** @default  */
                                instructions: string;
                                /** @default 1 */
                                requiredCount: number;
                                /** @default null */
                                dueAt: string | null;
                            }[];
                            /** @default [] */
                            checklist: {
                                /** Format: uuid */
                                id?: string;
                                text: string;
                                /** @default true */
                                required: boolean;
                            }[];
                            /** @default [] */
                            fields: {
                                /** Format: uuid */
                                id?: string;
                                label: string;
                                /** @enum {string} */
                                type: "text" | "number" | "date" | "choice";
                                /** @default [] */
                                choices: string[];
                                /** @default false */
                                required: boolean;
                                /** @enum {string} */
                                filledBy: "client" | "worker";
                            }[];
                        };
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    deleteAssignmentTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransition"];
        };
    };
    createAssignmentFromTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    schedule?: ({
                        /** @enum {string} */
                        type: "fixed";
                        /** Format: date-time */
                        startsAt: string;
                        /** @default null */
                        endsAt?: string | null;
                    } | {
                        /** @enum {string} */
                        type: "window";
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string;
                    }) | null;
                    deadline?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description Only this kind (an answer is a `message`). */
                kind?: "question" | "message" | "note";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "question" | "message" | "note";
                            /** @description Markdown as written; the web app renders it inert (no HTML, no scripts). */
                            body: string;
                            author: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            side: "company" | "worker";
                            replyTo: string | null;
                            shared: boolean;
                            answered: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            editedAt: string | null;
                            edits: {
                                body: string;
                                /** Format: date-time */
                                editedAt: string;
                            }[];
                            editable: boolean;
                            files: {
                                /** Format: uuid */
                                id: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                uploadedAt: string;
                                url: string;
                            }[];
                        }[];
                        openQuestions: number;
                        responseTimes: {
                            company: {
                                /** @description Median minutes to the first answer; null before any answer. */
                                medianMinutes: number | null;
                                answered: number;
                                /** @description Messages of the other side still waiting for this side's answer. */
                                waiting: number;
                            };
                            worker: {
                                /** @description Median minutes to the first answer; null before any answer. */
                                medianMinutes: number | null;
                                answered: number;
                                /** @description Messages of the other side still waiting for this side's answer. */
                                waiting: number;
                            };
                        };
                        canPost: ("question" | "message" | "note")[];
                        canAnswer: boolean;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    postMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "question" | "message" | "note";
                    body: string;
                    /** @default null */
                    replyTo?: string | null;
                    /** @default false */
                    shared?: boolean;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "question" | "message" | "note";
                        /** @description Markdown as written; the web app renders it inert (no HTML, no scripts). */
                        body: string;
                        author: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** @enum {string} */
                        side: "company" | "worker";
                        replyTo: string | null;
                        shared: boolean;
                        answered: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        editedAt: string | null;
                        edits: {
                            body: string;
                            /** Format: date-time */
                            editedAt: string;
                        }[];
                        editable: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            fileName: string;
                            contentType: string;
                            size: number;
                            /** Format: date-time */
                            uploadedAt: string;
                            url: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejectedBlocked"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    editMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "question" | "message" | "note";
                        /** @description Markdown as written; the web app renders it inert (no HTML, no scripts). */
                        body: string;
                        author: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        /** @enum {string} */
                        side: "company" | "worker";
                        replyTo: string | null;
                        shared: boolean;
                        answered: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        editedAt: string | null;
                        edits: {
                            body: string;
                            /** Format: date-time */
                            editedAt: string;
                        }[];
                        editable: boolean;
                        files: {
                            /** Format: uuid */
                            id: string;
                            fileName: string;
                            contentType: string;
                            size: number;
                            /** Format: date-time */
                            uploadedAt: string;
                            url: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409EditWindowClosed"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
        };
    };
    downloadMessageFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                messageId: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes, with its stored Content-Type and a Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    getBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        owner: {
                            /** @enum {string} */
                            type: "company" | "worker";
                            /** Format: uuid */
                            id: string;
                        };
                        balances: {
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            available: number;
                            /** @description company: funding not yet settled; worker: invoiced, not yet paid */
                            pending: number;
                            committed: number;
                            /** @description company: the total of its open invoices; worker: always 0 */
                            owed: number;
                        }[];
                        /** @description a company's standing; null for a worker */
                        standing: {
                            pastDue: {
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                                count: number;
                                total: number;
                            }[];
                            /** @description when the oldest past-due invoice locks the account (null: nothing past due) */
                            locksAt: string | null;
                            /** @description true: the company cannot send assignments or add workers until it pays what is past due */
                            locked: boolean;
                            graceDays: number;
                        } | null;
                        provider: {
                            name: string;
                            /** @description true: the sandbox provider; no real money moves */
                            testMode: boolean;
                        };
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    listAccountActivity: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description the posting's number, increasing: a later entry has a larger one */
                            id: string;
                            /** Format: date-time */
                            at: string;
                            /** @enum {string} */
                            account: "available" | "pending" | "committed" | "payable" | "fee_revenue" | "funding_in_transit" | "payouts_in_transit" | "external";
                            /** @description what the account gained (positive) or gave (negative) */
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            balanceAfter: number;
                            /** @description the transfer's reason, e.g. invoice.paid, funding.settled, payout.started */
                            reason: string;
                            /** @description the record the money moved for (invoice, funding, payout) */
                            subject: {
                                type: string;
                                /** Format: uuid */
                                id: string;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    listFundings: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            /** @enum {string} */
                            method: "ach" | "wire" | "recorded";
                            /** @enum {string} */
                            status: "pending" | "settled" | "failed";
                            failureReason: string | null;
                            reference: string | null;
                            settlesAt: string | null;
                            settledAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            provider: {
                                name: string;
                                /** @description true: the sandbox provider; no real money moves */
                                testMode: boolean;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    addFunds: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: number;
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                    /** @enum {string} */
                    method: "ach" | "wire";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        amount: number;
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        /** @enum {string} */
                        method: "ach" | "wire" | "recorded";
                        /** @enum {string} */
                        status: "pending" | "settled" | "failed";
                        failureReason: string | null;
                        reference: string | null;
                        settlesAt: string | null;
                        settledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        provider: {
                            name: string;
                            /** @description true: the sandbox provider; no real money moves */
                            testMode: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReusedInsufficientFunds"];
        };
    };
    listPayouts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description the verified account it went to (null for payouts older than payout accounts) */
                            payoutAccount: {
                                /** Format: uuid */
                                id: string;
                                accountNumberMasked: string;
                            } | null;
                            amount: number;
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            /** @enum {string} */
                            status: "in_transit" | "paid" | "failed";
                            failureReason: string | null;
                            settlesAt: string | null;
                            settledAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            provider: {
                                name: string;
                                /** @description true: the sandbox provider; no real money moves */
                                testMode: boolean;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    requestPayout: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: number;
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                    /** Format: uuid */
                    payoutAccountId?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description the verified account it went to (null for payouts older than payout accounts) */
                        payoutAccount: {
                            /** Format: uuid */
                            id: string;
                            accountNumberMasked: string;
                        } | null;
                        amount: number;
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        /** @enum {string} */
                        status: "in_transit" | "paid" | "failed";
                        failureReason: string | null;
                        settlesAt: string | null;
                        settledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        provider: {
                            name: string;
                            /** @description true: the sandbox provider; no real money moves */
                            testMode: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReusedInsufficientFundsPayoutAccountUnverified"];
        };
    };
    listPayoutAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "verified" | "locked" | "removed";
                            holderName: string;
                            routingNumber: string;
                            /** @description e.g. ••••6789: only the last 4 digits are kept */
                            accountNumberMasked: string;
                            /** @description wrong deposit confirmations left before the account locks */
                            attemptsLeft: number;
                            verifiedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            actions: ("verify" | "remove")[];
                            provider: {
                                name: string;
                                /** @description true: the sandbox provider; no real money moves */
                                testMode: boolean;
                            };
                        }[];
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    addPayoutAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    holderName: string;
                    routingNumber: string;
                    accountNumber: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        status: "pending" | "verified" | "locked" | "removed";
                        holderName: string;
                        routingNumber: string;
                        /** @description e.g. ••••6789: only the last 4 digits are kept */
                        accountNumberMasked: string;
                        /** @description wrong deposit confirmations left before the account locks */
                        attemptsLeft: number;
                        verifiedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        actions: ("verify" | "remove")[];
                        provider: {
                            name: string;
                            /** @description true: the sandbox provider; no real money moves */
                            testMode: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    verifyPayoutAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amounts: [
                        number,
                        number
                    ];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        status: "pending" | "verified" | "locked" | "removed";
                        holderName: string;
                        routingNumber: string;
                        /** @description e.g. ••••6789: only the last 4 digits are kept */
                        accountNumberMasked: string;
                        /** @description wrong deposit confirmations left before the account locks */
                        attemptsLeft: number;
                        verifiedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        actions: ("verify" | "remove")[];
                        provider: {
                            name: string;
                            /** @description true: the sandbox provider; no real money moves */
                            testMode: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReusedDepositAmountsWrong"];
        };
    };
    removePayoutAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransition"];
        };
    };
    listStatements: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description YYYY-MM, a UTC month */
                            month: string;
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                            /** @description true: the month is not over, so its figures still change */
                            current: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    getStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description YYYY-MM, a UTC month */
                        month: string;
                        /** Format: date-time */
                        from: string;
                        /** Format: date-time */
                        to: string;
                        /** @description true: the month is not over, so its figures still change */
                        current: boolean;
                        company: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        totals: {
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            opening: number;
                            /** @description funds added that arrived (settled or recorded) */
                            funding: number;
                            /** @description the workers' amounts of invoices paid (negative: money out) */
                            invoicesPaid: number;
                            /** @description the platform fees of those invoices (negative) */
                            fees: number;
                            /** @description settlements, refunds and any other movement of the funds */
                            refundsAndSettlements: number;
                            closing: number;
                        }[];
                        provider: {
                            name: string;
                            /** @description true: the sandbox provider; no real money moves */
                            testMode: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    listStatementInvoices: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            assignment: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            worker: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "open" | "paid" | "void";
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            amount: number;
                            fee: number;
                            total: number;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            dueAt: string;
                            paidAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    listStatementEntries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            at: string;
                            reason: string;
                            subject: {
                                type: string;
                                /** Format: uuid */
                                id: string;
                            };
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            /** @description what the company's funds gained (positive) or gave (negative) */
                            amount: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    getStatementPdf: {
        parameters: {
            query?: {
                timeZone?: string;
            };
            header?: never;
            path: {
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement as a PDF document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                status?: "open" | "past_due" | "paid" | "void";
                assignmentId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "assignment" | "cancellation_fee";
                            /** @enum {string} */
                            status: "open" | "paid" | "void";
                            pastDue: boolean;
                            daysLate: number;
                            assignment: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            company: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            worker: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            /** @description what the worker earns */
                            amount: number;
                            /** @description the platform fee, shown on every invoice */
                            fee: number;
                            feeBasisPoints: number;
                            /** @description amount + fee: what the company pays */
                            total: number;
                            paymentTermsDays: number;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            dueAt: string;
                            paidAt: string | null;
                            /** @description true when nobody clicked: auto-pay on the due date, or immediate terms paid at approval */
                            autoPaid: boolean;
                            /** @description true while an open escalation case pauses auto-pay; paying by hand still works */
                            autoPayHeld: boolean;
                            actions: "pay"[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
        };
    };
    exportInvoicesCsv: {
        parameters: {
            query?: {
                status?: "open" | "past_due" | "paid" | "void";
                assignmentId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row; amounts in minor units */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "assignment" | "cancellation_fee";
                        /** @enum {string} */
                        status: "open" | "paid" | "void";
                        pastDue: boolean;
                        daysLate: number;
                        assignment: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                        company: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        worker: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        /** @description what the worker earns */
                        amount: number;
                        /** @description the platform fee, shown on every invoice */
                        fee: number;
                        feeBasisPoints: number;
                        /** @description amount + fee: what the company pays */
                        total: number;
                        paymentTermsDays: number;
                        /** Format: date-time */
                        issuedAt: string;
                        /** Format: date-time */
                        dueAt: string;
                        paidAt: string | null;
                        /** @description true when nobody clicked: auto-pay on the due date, or immediate terms paid at approval */
                        autoPaid: boolean;
                        /** @description true while an open escalation case pauses auto-pay; paying by hand still works */
                        autoPayHeld: boolean;
                        actions: "pay"[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    getInvoicePdf: {
        parameters: {
            query?: {
                timeZone?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice as a PDF document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    payInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "assignment" | "cancellation_fee";
                        /** @enum {string} */
                        status: "open" | "paid" | "void";
                        pastDue: boolean;
                        daysLate: number;
                        assignment: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                        company: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        worker: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        /** @description what the worker earns */
                        amount: number;
                        /** @description the platform fee, shown on every invoice */
                        fee: number;
                        feeBasisPoints: number;
                        /** @description amount + fee: what the company pays */
                        total: number;
                        paymentTermsDays: number;
                        /** Format: date-time */
                        issuedAt: string;
                        /** Format: date-time */
                        dueAt: string;
                        paidAt: string | null;
                        /** @description true when nobody clicked: auto-pay on the due date, or immediate terms paid at approval */
                        autoPaid: boolean;
                        /** @description true while an open escalation case pauses auto-pay; paying by hand still works */
                        autoPayHeld: boolean;
                        actions: "pay"[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReusedInsufficientFunds"];
        };
    };
    payInvoices: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    invoiceIds: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "assignment" | "cancellation_fee";
                            /** @enum {string} */
                            status: "open" | "paid" | "void";
                            pastDue: boolean;
                            daysLate: number;
                            assignment: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            company: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            worker: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            /** @description what the worker earns */
                            amount: number;
                            /** @description the platform fee, shown on every invoice */
                            fee: number;
                            feeBasisPoints: number;
                            /** @description amount + fee: what the company pays */
                            total: number;
                            paymentTermsDays: number;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            dueAt: string;
                            paidAt: string | null;
                            /** @description true when nobody clicked: auto-pay on the due date, or immediate terms paid at approval */
                            autoPaid: boolean;
                            /** @description true while an open escalation case pauses auto-pay; paying by hand still works */
                            autoPayHeld: boolean;
                            actions: "pay"[];
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReusedInsufficientFunds"];
        };
    };
    recordBankTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    companyId: string;
                    amount: number;
                    /** @enum {string} */
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                    reference: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        amount: number;
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        /** @enum {string} */
                        method: "ach" | "wire" | "recorded";
                        /** @enum {string} */
                        status: "pending" | "settled" | "failed";
                        failureReason: string | null;
                        reference: string | null;
                        settlesAt: string | null;
                        settledAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        provider: {
                            name: string;
                            /** @description true: the sandbox provider; no real money moves */
                            testMode: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403ForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    backdateInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    days: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "assignment" | "cancellation_fee";
                        /** @enum {string} */
                        status: "open" | "paid" | "void";
                        pastDue: boolean;
                        daysLate: number;
                        assignment: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                        company: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        worker: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                        /** @description what the worker earns */
                        amount: number;
                        /** @description the platform fee, shown on every invoice */
                        fee: number;
                        feeBasisPoints: number;
                        /** @description amount + fee: what the company pays */
                        total: number;
                        paymentTermsDays: number;
                        /** Format: date-time */
                        issuedAt: string;
                        /** Format: date-time */
                        dueAt: string;
                        paidAt: string | null;
                        /** @description true when nobody clicked: auto-pay on the due date, or immediate terms paid at approval */
                        autoPaid: boolean;
                        /** @description true while an open escalation case pauses auto-pay; paying by hand still works */
                        autoPayHeld: boolean;
                        actions: "pay"[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403ForbiddenCsrfRejectedSandboxControlsOff"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    checkLedger: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        accounts: number;
                        transfers: number;
                        differences: {
                            /** Format: uuid */
                            accountId: string;
                            balance: number;
                            postings: number;
                        }[];
                        unbalanced: {
                            currency: string;
                            transferId: string | null;
                            sum: number;
                        }[];
                        belowFloor: {
                            /** Format: uuid */
                            accountId: string;
                            balance: number;
                        }[];
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    getCompanyPaymentsForStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        company: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        balances: {
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            available: number;
                            /** @description company: funding not yet settled; worker: invoiced, not yet paid */
                            pending: number;
                            committed: number;
                            /** @description company: the total of its open invoices; worker: always 0 */
                            owed: number;
                        }[];
                        /** @description open invoices per currency, past due or not: how many and their total (the fee included) */
                        openInvoices: {
                            /** @enum {string} */
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            count: number;
                            total: number;
                        }[];
                        /** @description past due as the lock rule counts it (an invoice under an open escalation case does not count); while locked, `locksAt` is since when */
                        standing: {
                            pastDue: {
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                                count: number;
                                total: number;
                            }[];
                            /** @description when the oldest past-due invoice locks the account (null: nothing past due) */
                            locksAt: string | null;
                            /** @description true: the company cannot send assignments or add workers until it pays what is past due */
                            locked: boolean;
                            graceDays: number;
                            /** @description the due date of the oldest invoice past due (null: nothing past due) */
                            oldestDueAt: string | null;
                            /** @description whole days the oldest invoice past due is late (0: nothing past due) */
                            daysLate: number;
                            /** @description while locked, why, in the words the company hears when refused (null: not locked) */
                            lockReason: string | null;
                        };
                        provider: {
                            name: string;
                            /** @description true: the sandbox provider; no real money moves */
                            testMode: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    listAssignmentRatings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentRatings"];
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    giveRating: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    rates: "worker";
                    /** @enum {string} */
                    overall: "excellent" | "satisfied" | "unsatisfied";
                    /** @enum {string} */
                    quality: "excellent" | "satisfied" | "unsatisfied";
                    /** @enum {string} */
                    professionalism: "excellent" | "satisfied" | "unsatisfied";
                    /** @enum {string} */
                    communication: "excellent" | "satisfied" | "unsatisfied";
                    review: string;
                } | {
                    /** @enum {string} */
                    rates: "company";
                    /** @enum {string} */
                    overall: "excellent" | "satisfied" | "unsatisfied";
                    /**
                     * @description Clarity of the assignment's description
                     * @enum {string}
                     */
                    clarity: "excellent" | "satisfied" | "unsatisfied";
                    /** @enum {string} */
                    communication: "excellent" | "satisfied" | "unsatisfied";
                    /** @enum {string} */
                    paymentAsPromised: "excellent" | "satisfied" | "unsatisfied";
                    review: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentRatings"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentRatings"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    replyToRating: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    flagRating: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingFlag"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    listWorkerScorecards: {
        parameters: {
            query: {
                ids: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerScorecards"];
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
        };
    };
    getCompanyScorecard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scorecard"];
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    getCompanyMonthlyScorecard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyScorecard"];
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    drillDownCompanyFigure: {
        parameters: {
            query?: {
                window?: "last90Days" | "allTime";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
                figure: "approvalDays" | "approvedBeforeDeadline" | "paidOnTime" | "daysLate" | "pastDueNow" | "satisfaction" | "cancellations" | "lateCancellations" | "lateCancellationFeesPaid" | "responseTime";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScorecardDrillDown"];
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    exportCompanyFigureCsv: {
        parameters: {
            query?: {
                window?: "last90Days" | "allTime";
            };
            header?: never;
            path: {
                id: string;
                figure: "approvalDays" | "approvedBeforeDeadline" | "paidOnTime" | "daysLate" | "pastDueNow" | "satisfaction" | "cancellations" | "lateCancellations" | "lateCancellationFeesPaid" | "responseTime";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row: figure, window, at, assignment_id, value, note, definition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    getWorkerScorecard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scorecard"];
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    getWorkerMonthlyScorecard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyScorecard"];
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    drillDownWorkerFigure: {
        parameters: {
            query?: {
                window?: "last90Days" | "allTime";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
                figure: "satisfaction" | "quality" | "professionalism" | "communication" | "onTimeArrival" | "deliverablesOnTime" | "completed" | "abandons" | "noShows" | "responseTime";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScorecardDrillDown"];
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    exportWorkerFigureCsv: {
        parameters: {
            query?: {
                window?: "last90Days" | "allTime";
            };
            header?: never;
            path: {
                id: string;
                figure: "satisfaction" | "quality" | "professionalism" | "communication" | "onTimeArrival" | "deliverablesOnTime" | "completed" | "abandons" | "noShows" | "responseTime";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row: figure, window, at, assignment_id, value, note, definition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    openEscalation: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    category: "payment_not_received" | "approval_delayed" | "unexplained_cancellation" | "quality_of_work" | "scope_changed" | "other";
                    details: string;
                    desiredOutcome: string;
                    /** @default null */
                    desiredAmount?: number | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgressEscalationWindowClosedEscalationAlreadyOpen"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    listEscalations: {
        parameters: {
            query?: {
                status?: "open" | "in_review" | "resolved" | "closed" | "withdrawn";
                state?: "active" | "ended";
                category?: "payment_not_received" | "approval_delayed" | "unexplained_cancellation" | "quality_of_work" | "scope_changed" | "other";
                assignmentId?: string;
                assignee?: "me" | "nobody";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "open" | "in_review" | "resolved" | "closed" | "withdrawn";
                            /** @enum {string} */
                            category: "payment_not_received" | "approval_delayed" | "unexplained_cancellation" | "quality_of_work" | "scope_changed" | "other";
                            details: string;
                            desiredOutcome: string;
                            desiredAmount: {
                                amount: number;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                            } | null;
                            openedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                side: "client" | "worker";
                            };
                            assignment: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                status: string;
                                /** @enum {string} */
                                currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "JPY" | "CHF" | "INR" | "MXN" | "BRL";
                                company: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                worker: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                autoApprovalPaused: boolean;
                                autoPayPaused: boolean;
                            };
                            assignedTo: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            openedAt: string;
                            /** Format: date-time */
                            firstResponseDueAt: string;
                            firstResponseAt: string | null;
                            lastUpdateAt: string | null;
                            nextUpdateDueAt: string | null;
                            overdue: boolean;
                            closedAt: string | null;
                            closingSummary: string | null;
                            /** @enum {string} */
                            party: "admin" | "manager" | "finance" | "viewer" | "worker" | "team";
                            actions: ("message" | "reply" | "note" | "take" | "close" | "withdraw" | "propose")[];
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
        };
    };
    getEscalation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    postEscalationMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /**
                     * @default parties
                     * @enum {string}
                     */
                    visibility?: "parties" | "team";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostedCaseMessage"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    downloadEscalationFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes, with its stored Content-Type and a Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    takeEscalation: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403ForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    closeEscalation: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    summary: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403ForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    withdrawEscalation: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    proposeSettlement: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "pay" | "release" | "rework";
                    /** @default null */
                    amount?: number | null;
                    /** @default null */
                    dueAt?: string | null;
                    /** @default null */
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgressSettlementNotPossible"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    acceptProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgressSettlementNotPossible"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReusedInsufficientFunds"];
        };
    };
    declineProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    escalationDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        since: string;
                        cases: number;
                        active: number;
                        overdue: number;
                        firstResponse: {
                            answered: number;
                            withinOneBusinessDay: number;
                            /** @description average hours, one decimal; null when there is nothing to average */
                            averageHours: number | null;
                        };
                        updates: {
                            intervals: number;
                            kept: number;
                        };
                        closing: {
                            resolved: number;
                            closed: number;
                            withdrawn: number;
                            /** @description average hours, one decimal; null when there is nothing to average */
                            averageHours: number | null;
                        };
                    };
                };
            };
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    listMyReports: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            subjectType: "user" | "company" | "assignment" | "message" | "rating";
                            /** Format: uuid */
                            subjectId: string;
                            /** @enum {string} */
                            rule: "CVG-1.1" | "CVG-1.2" | "CVG-1.3" | "CVG-1.4" | "CVG-1.5" | "CVG-1.6" | "CVG-1.7" | "CVG-1.8" | "CVG-1.9" | "CVG-2.1";
                            details: string;
                            /** @enum {string} */
                            status: "open" | "actioned" | "dismissed";
                            evidence: {
                                /** Format: uuid */
                                id: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
        };
    };
    fileReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    subjectType: "user" | "company" | "assignment" | "message" | "rating";
                    /** Format: uuid */
                    subjectId: string;
                    /** @enum {string} */
                    rule: "CVG-1.1" | "CVG-1.2" | "CVG-1.3" | "CVG-1.4" | "CVG-1.5" | "CVG-1.6" | "CVG-1.7" | "CVG-1.8" | "CVG-1.9" | "CVG-2.1";
                    details: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        subjectType: "user" | "company" | "assignment" | "message" | "rating";
                        /** Format: uuid */
                        subjectId: string;
                        /** @enum {string} */
                        rule: "CVG-1.1" | "CVG-1.2" | "CVG-1.3" | "CVG-1.4" | "CVG-1.5" | "CVG-1.6" | "CVG-1.7" | "CVG-1.8" | "CVG-1.9" | "CVG-2.1";
                        details: string;
                        /** @enum {string} */
                        status: "open" | "actioned" | "dismissed";
                        evidence: {
                            /** Format: uuid */
                            id: string;
                            fileName: string;
                            contentType: string;
                            size: number;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409IdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
            429: components["responses"]["Problem429RateLimited"];
        };
    };
    downloadReportEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes, with its stored Content-Type and a Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    listMySanctions: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            party: {
                                /** @enum {string} */
                                type: "user" | "company";
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            kind: "warning" | "restriction" | "suspension" | "ban";
                            /** @enum {string} */
                            rule: "CVG-1.1" | "CVG-1.2" | "CVG-1.3" | "CVG-1.4" | "CVG-1.5" | "CVG-1.6" | "CVG-1.7" | "CVG-1.8" | "CVG-1.9" | "CVG-2.1";
                            ruleTitle: string;
                            scopes: ("send_assignments" | "apply_accept" | "message")[];
                            reason: string;
                            /** @enum {string} */
                            status: "active" | "appealed" | "ended" | "lifted";
                            /** Format: date-time */
                            issuedAt: string;
                            endsAt: string | null;
                            endedAt: string | null;
                            evidenceCount: number;
                            reportIds: string[] | null;
                            issuedBy: string | null;
                            reviewedBy: string | null;
                            appeal: {
                                statement: string;
                                /** Format: date-time */
                                appealedAt: string;
                                outcome: ("upheld" | "shortened" | "lifted") | null;
                                reason: string | null;
                                reviewedAt: string | null;
                            } | null;
                            actions: ("appeal" | "uphold" | "shorten" | "lift" | "expire")[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
        };
    };
    getSanction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        party: {
                            /** @enum {string} */
                            type: "user" | "company";
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        kind: "warning" | "restriction" | "suspension" | "ban";
                        /** @enum {string} */
                        rule: "CVG-1.1" | "CVG-1.2" | "CVG-1.3" | "CVG-1.4" | "CVG-1.5" | "CVG-1.6" | "CVG-1.7" | "CVG-1.8" | "CVG-1.9" | "CVG-2.1";
                        ruleTitle: string;
                        scopes: ("send_assignments" | "apply_accept" | "message")[];
                        reason: string;
                        /** @enum {string} */
                        status: "active" | "appealed" | "ended" | "lifted";
                        /** Format: date-time */
                        issuedAt: string;
                        endsAt: string | null;
                        endedAt: string | null;
                        evidenceCount: number;
                        reportIds: string[] | null;
                        issuedBy: string | null;
                        reviewedBy: string | null;
                        appeal: {
                            statement: string;
                            /** Format: date-time */
                            appealedAt: string;
                            outcome: ("upheld" | "shortened" | "lifted") | null;
                            reason: string | null;
                            reviewedAt: string | null;
                        } | null;
                        actions: ("appeal" | "uphold" | "shorten" | "lift" | "expire")[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    appealSanction: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    statement: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        party: {
                            /** @enum {string} */
                            type: "user" | "company";
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        kind: "warning" | "restriction" | "suspension" | "ban";
                        /** @enum {string} */
                        rule: "CVG-1.1" | "CVG-1.2" | "CVG-1.3" | "CVG-1.4" | "CVG-1.5" | "CVG-1.6" | "CVG-1.7" | "CVG-1.8" | "CVG-1.9" | "CVG-2.1";
                        ruleTitle: string;
                        scopes: ("send_assignments" | "apply_accept" | "message")[];
                        reason: string;
                        /** @enum {string} */
                        status: "active" | "appealed" | "ended" | "lifted";
                        /** Format: date-time */
                        issuedAt: string;
                        endsAt: string | null;
                        endedAt: string | null;
                        evidenceCount: number;
                        reportIds: string[] | null;
                        issuedBy: string | null;
                        reviewedBy: string | null;
                        appeal: {
                            statement: string;
                            /** Format: date-time */
                            appealedAt: string;
                            outcome: ("upheld" | "shortened" | "lifted") | null;
                            reason: string | null;
                            reviewedAt: string | null;
                        } | null;
                        actions: ("appeal" | "uphold" | "shorten" | "lift" | "expire")[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403ForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    reportQueue: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "open" | "actioned" | "dismissed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            subjectType: "user" | "company" | "assignment" | "message" | "rating";
                            /** Format: uuid */
                            subjectId: string;
                            /** @enum {string} */
                            rule: "CVG-1.1" | "CVG-1.2" | "CVG-1.3" | "CVG-1.4" | "CVG-1.5" | "CVG-1.6" | "CVG-1.7" | "CVG-1.8" | "CVG-1.9" | "CVG-2.1";
                            details: string;
                            /** @enum {string} */
                            status: "open" | "actioned" | "dismissed";
                            evidence: {
                                /** Format: uuid */
                                id: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                            party: {
                                /** @enum {string} */
                                type: "user" | "company";
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            earlierSanctions: number;
                            /** @enum {string} */
                            suggestedKind: "warning" | "restriction" | "suspension" | "ban";
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    getReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        subjectType: "user" | "company" | "assignment" | "message" | "rating";
                        /** Format: uuid */
                        subjectId: string;
                        /** @enum {string} */
                        rule: "CVG-1.1" | "CVG-1.2" | "CVG-1.3" | "CVG-1.4" | "CVG-1.5" | "CVG-1.6" | "CVG-1.7" | "CVG-1.8" | "CVG-1.9" | "CVG-2.1";
                        details: string;
                        /** @enum {string} */
                        status: "open" | "actioned" | "dismissed";
                        evidence: {
                            /** Format: uuid */
                            id: string;
                            fileName: string;
                            contentType: string;
                            size: number;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                        reporter: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            email: string;
                        };
                        party: {
                            /** @enum {string} */
                            type: "user" | "company";
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        dismissReason: string | null;
                        sanctionId: string | null;
                        history: {
                            /** Format: uuid */
                            id: string;
                            party: {
                                /** @enum {string} */
                                type: "user" | "company";
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            kind: "warning" | "restriction" | "suspension" | "ban";
                            /** @enum {string} */
                            rule: "CVG-1.1" | "CVG-1.2" | "CVG-1.3" | "CVG-1.4" | "CVG-1.5" | "CVG-1.6" | "CVG-1.7" | "CVG-1.8" | "CVG-1.9" | "CVG-2.1";
                            ruleTitle: string;
                            scopes: ("send_assignments" | "apply_accept" | "message")[];
                            reason: string;
                            /** @enum {string} */
                            status: "active" | "appealed" | "ended" | "lifted";
                            /** Format: date-time */
                            issuedAt: string;
                            endsAt: string | null;
                            endedAt: string | null;
                            evidenceCount: number;
                            reportIds: string[] | null;
                            issuedBy: string | null;
                            reviewedBy: string | null;
                            appeal: {
                                statement: string;
                                /** Format: date-time */
                                appealedAt: string;
                                outcome: ("upheld" | "shortened" | "lifted") | null;
                                reason: string | null;
                                reviewedAt: string | null;
                            } | null;
                            actions: ("appeal" | "uphold" | "shorten" | "lift" | "expire")[];
                        }[];
                        /** @enum {string} */
                        suggestedKind: "warning" | "restriction" | "suspension" | "ban";
                        otherOpenReportIds: string[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    dismissReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        subjectType: "user" | "company" | "assignment" | "message" | "rating";
                        /** Format: uuid */
                        subjectId: string;
                        /** @enum {string} */
                        rule: "CVG-1.1" | "CVG-1.2" | "CVG-1.3" | "CVG-1.4" | "CVG-1.5" | "CVG-1.6" | "CVG-1.7" | "CVG-1.8" | "CVG-1.9" | "CVG-2.1";
                        details: string;
                        /** @enum {string} */
                        status: "open" | "actioned" | "dismissed";
                        evidence: {
                            /** Format: uuid */
                            id: string;
                            fileName: string;
                            contentType: string;
                            size: number;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                        reporter: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            email: string;
                        };
                        party: {
                            /** @enum {string} */
                            type: "user" | "company";
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        dismissReason: string | null;
                        sanctionId: string | null;
                        history: {
                            /** Format: uuid */
                            id: string;
                            party: {
                                /** @enum {string} */
                                type: "user" | "company";
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            kind: "warning" | "restriction" | "suspension" | "ban";
                            /** @enum {string} */
                            rule: "CVG-1.1" | "CVG-1.2" | "CVG-1.3" | "CVG-1.4" | "CVG-1.5" | "CVG-1.6" | "CVG-1.7" | "CVG-1.8" | "CVG-1.9" | "CVG-2.1";
                            ruleTitle: string;
                            scopes: ("send_assignments" | "apply_accept" | "message")[];
                            reason: string;
                            /** @enum {string} */
                            status: "active" | "appealed" | "ended" | "lifted";
                            /** Format: date-time */
                            issuedAt: string;
                            endsAt: string | null;
                            endedAt: string | null;
                            evidenceCount: number;
                            reportIds: string[] | null;
                            issuedBy: string | null;
                            reviewedBy: string | null;
                            appeal: {
                                statement: string;
                                /** Format: date-time */
                                appealedAt: string;
                                outcome: ("upheld" | "shortened" | "lifted") | null;
                                reason: string | null;
                                reviewedAt: string | null;
                            } | null;
                            actions: ("appeal" | "uphold" | "shorten" | "lift" | "expire")[];
                        }[];
                        /** @enum {string} */
                        suggestedKind: "warning" | "restriction" | "suspension" | "ban";
                        otherOpenReportIds: string[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403ForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    sanctionQueue: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                appeal?: "pending" | "any";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            party: {
                                /** @enum {string} */
                                type: "user" | "company";
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            kind: "warning" | "restriction" | "suspension" | "ban";
                            /** @enum {string} */
                            rule: "CVG-1.1" | "CVG-1.2" | "CVG-1.3" | "CVG-1.4" | "CVG-1.5" | "CVG-1.6" | "CVG-1.7" | "CVG-1.8" | "CVG-1.9" | "CVG-2.1";
                            ruleTitle: string;
                            scopes: ("send_assignments" | "apply_accept" | "message")[];
                            reason: string;
                            /** @enum {string} */
                            status: "active" | "appealed" | "ended" | "lifted";
                            /** Format: date-time */
                            issuedAt: string;
                            endsAt: string | null;
                            endedAt: string | null;
                            evidenceCount: number;
                            reportIds: string[] | null;
                            issuedBy: string | null;
                            reviewedBy: string | null;
                            appeal: {
                                statement: string;
                                /** Format: date-time */
                                appealedAt: string;
                                outcome: ("upheld" | "shortened" | "lifted") | null;
                                reason: string | null;
                                reviewedAt: string | null;
                            } | null;
                            actions: ("appeal" | "uphold" | "shorten" | "lift" | "expire")[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403Forbidden"];
        };
    };
    issueSanction: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    partyType: "user" | "company";
                    /** Format: uuid */
                    partyId: string;
                    /** @enum {string} */
                    kind?: "warning" | "restriction" | "suspension" | "ban";
                    /** @enum {string} */
                    rule: "CVG-1.1" | "CVG-1.2" | "CVG-1.3" | "CVG-1.4" | "CVG-1.5" | "CVG-1.6" | "CVG-1.7" | "CVG-1.8" | "CVG-1.9" | "CVG-2.1";
                    reportIds: string[];
                    reason: string;
                    /** @default [] */
                    scopes?: ("send_assignments" | "apply_accept" | "message")[];
                    endsAt: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        party: {
                            /** @enum {string} */
                            type: "user" | "company";
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        kind: "warning" | "restriction" | "suspension" | "ban";
                        /** @enum {string} */
                        rule: "CVG-1.1" | "CVG-1.2" | "CVG-1.3" | "CVG-1.4" | "CVG-1.5" | "CVG-1.6" | "CVG-1.7" | "CVG-1.8" | "CVG-1.9" | "CVG-2.1";
                        ruleTitle: string;
                        scopes: ("send_assignments" | "apply_accept" | "message")[];
                        reason: string;
                        /** @enum {string} */
                        status: "active" | "appealed" | "ended" | "lifted";
                        /** Format: date-time */
                        issuedAt: string;
                        endsAt: string | null;
                        endedAt: string | null;
                        evidenceCount: number;
                        reportIds: string[] | null;
                        issuedBy: string | null;
                        reviewedBy: string | null;
                        appeal: {
                            statement: string;
                            /** Format: date-time */
                            appealedAt: string;
                            outcome: ("upheld" | "shortened" | "lifted") | null;
                            reason: string | null;
                            reviewedAt: string | null;
                        } | null;
                        actions: ("appeal" | "uphold" | "shorten" | "lift" | "expire")[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403ForbiddenCsrfRejected"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    reviewAppeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    outcome: "upheld" | "shortened" | "lifted";
                    reason: string;
                    /** @default null */
                    endsAt?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        party: {
                            /** @enum {string} */
                            type: "user" | "company";
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** @enum {string} */
                        kind: "warning" | "restriction" | "suspension" | "ban";
                        /** @enum {string} */
                        rule: "CVG-1.1" | "CVG-1.2" | "CVG-1.3" | "CVG-1.4" | "CVG-1.5" | "CVG-1.6" | "CVG-1.7" | "CVG-1.8" | "CVG-1.9" | "CVG-2.1";
                        ruleTitle: string;
                        scopes: ("send_assignments" | "apply_accept" | "message")[];
                        reason: string;
                        /** @enum {string} */
                        status: "active" | "appealed" | "ended" | "lifted";
                        /** Format: date-time */
                        issuedAt: string;
                        endsAt: string | null;
                        endedAt: string | null;
                        evidenceCount: number;
                        reportIds: string[] | null;
                        issuedBy: string | null;
                        reviewedBy: string | null;
                        appeal: {
                            statement: string;
                            /** Format: date-time */
                            appealedAt: string;
                            outcome: ("upheld" | "shortened" | "lifted") | null;
                            reason: string | null;
                            reviewedAt: string | null;
                        } | null;
                        actions: ("appeal" | "uphold" | "shorten" | "lift" | "expire")[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403ForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    listEvents: {
        parameters: {
            query: {
                subject: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            at: string;
                            action: string;
                            subject: {
                                type: string;
                                /** Format: uuid */
                                id: string;
                            };
                            actor: {
                                kind: string;
                                id: string | null;
                                name: string | null;
                            };
                            data: {
                                [key: string]: unknown;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailed"];
            401: components["responses"]["Problem401Unauthenticated"];
            404: components["responses"]["Problem404NotFound"];
        };
    };
    uploadAgreementVersion: {
        parameters: {
            query: {
                /** @description The label of this version, e.g. 2026-1 or v2; unique within the agreement. */
                version: string;
            };
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file (one per request, at most 10 MB). Its type is read from its bytes.
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        companyId: string;
                        companyName: string;
                        title: string;
                        description: string | null;
                        current: {
                            /** Format: uuid */
                            id: string;
                            label: string;
                            fileName: string;
                            contentType: string;
                            size: number;
                            sha256: string;
                            url: string;
                            /** Format: date-time */
                            createdAt: string;
                        } | null;
                        signatures: {
                            /** Format: uuid */
                            workerId: string;
                            workerName: string;
                            /** Format: uuid */
                            versionId: string;
                            versionLabel: string;
                            fullName: string;
                            sha256: string;
                            /** Format: date-time */
                            signedAt: string;
                            current: boolean;
                        }[];
                        askedWorkerIds: string[];
                        actions: ("upload_version" | "ask" | "sign")[];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409ConflictIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    uploadDeliverableFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                requirementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file (one per request, at most 10 MB). Its type is read from its bytes.
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        fileName: string;
                        contentType: string;
                        size: number;
                        caption: string | null;
                        /** Format: date-time */
                        uploadedAt: string;
                        uploadedBy: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        url: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409ConflictInvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    importAssignmentsCsv: {
        parameters: {
            query?: {
                templateId?: string;
            };
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rows: number;
                        created: {
                            line: number;
                            /** Format: uuid */
                            assignmentId: string;
                            title: string;
                        }[];
                        refused: {
                            line: number;
                            errors: {
                                column: string | null;
                                message: string;
                            }[];
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            409: components["responses"]["Problem409InvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    attachMessageFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file (one per request, at most 10 MB). Its type is read from its bytes.
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        fileName: string;
                        contentType: string;
                        size: number;
                        /** Format: date-time */
                        uploadedAt: string;
                        url: string;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409ConflictIdempotencyKeyInProgressEditWindowClosed"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    attachEscalationFile: {
        parameters: {
            query?: {
                messageId?: string;
            };
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file (one per request, at most 10 MB). Its type is read from its bytes.
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseFileView"];
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409ConflictInvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    addReportEvidence: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key (1–255 visible ASCII characters, e.g. a UUID) per intended change. A retry with the same key and body gets the first answer again (with `Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422 `idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_progress`. Keys are kept 48 hours per user (per address when logged out). */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file (one per request, at most 10 MB). Its type is read from its bytes.
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        subjectType: "user" | "company" | "assignment" | "message" | "rating";
                        /** Format: uuid */
                        subjectId: string;
                        /** @enum {string} */
                        rule: "CVG-1.1" | "CVG-1.2" | "CVG-1.3" | "CVG-1.4" | "CVG-1.5" | "CVG-1.6" | "CVG-1.7" | "CVG-1.8" | "CVG-1.9" | "CVG-2.1";
                        details: string;
                        /** @enum {string} */
                        status: "open" | "actioned" | "dismissed";
                        evidence: {
                            /** Format: uuid */
                            id: string;
                            fileName: string;
                            contentType: string;
                            size: number;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400ValidationFailedBadRequest"];
            401: components["responses"]["Problem401Unauthenticated"];
            403: components["responses"]["Problem403AccountRestrictedForbiddenCsrfRejected"];
            404: components["responses"]["Problem404NotFound"];
            409: components["responses"]["Problem409ConflictInvalidTransitionIdempotencyKeyInProgress"];
            413: components["responses"]["Problem413PayloadTooLarge"];
            415: components["responses"]["Problem415UnsupportedMediaType"];
            422: components["responses"]["Problem422IdempotencyKeyReused"];
        };
    };
    webhook_assignment_created: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_assignment_updated: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_assignment_sent: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_assignment_accepted: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_assignment_declined: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_assignment_applied: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_assignment_assigned: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_assignment_confirmed: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_assignment_checked_in: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_assignment_checked_out: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_assignment_submitted: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_assignment_returned: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_assignment_approved: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_assignment_invoiced: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_assignment_cancelled: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_assignment_abandoned: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_assignment_paid: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_assignment_request_made: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_assignment_request_accepted: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_assignment_request_declined: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_invoice_opened: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_invoice_paid: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_invoice_voided: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_escalation_opened: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_escalation_taken: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_escalation_message_posted: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_escalation_proposed: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_escalation_proposal_accepted: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_escalation_proposal_declined: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_escalation_file_added: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_escalation_withdrawn: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_escalation_resolved: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_escalation_closed: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_webhook_test: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and replay. */
                "webhook-id": string;
                /** @description Seconds since the epoch when this attempt was signed. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret; several are space-separated. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx answer within 15 s counts as delivered; anything else is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
