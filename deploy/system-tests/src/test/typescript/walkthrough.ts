// The README's walk-through and support runbook on TypeScript clients generated (typescript-fetch) from the
// OpenAPI documents the three services publish, with no hand-written request and no workaround: what a customer's
// TypeScript developer gets from the documents must be enough. Run by TypeScriptWalkThroughTest against the
// system the system tests start; prints each step and exits non-zero at the first one that fails.
import * as issuer from './clients/issuer';
import * as activation from './clients/activation';
import * as billing from './clients/billing';

import * as crypto from 'node:crypto';

function setting(name: string): string {
    const value = process.env[name];
    if (!value) {
        throw new Error(`${name} is not set`);
    }
    return value;
}

function check(condition: unknown, what: string): void {
    if (!condition) {
        throw new Error(`expected ${what}`);
    }
}

function step(what: string): void {
    console.log(`- ${what}`);
}

async function eventually<T>(what: string, attempt: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + 30_000;
    let last: unknown;
    while (Date.now() < deadline) {
        try {
            const value = await attempt();
            if (done(value)) {
                return value;
            }
            last = value;
        } catch (e) {
            last = e;
        }
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    throw new Error(`${what} did not happen within 30 s; last: ${last instanceof Error ? last.message : JSON.stringify(last)}`);
}

/** A refusal, read as the problem the document declares for it. */
async function refusal(call: () => Promise<unknown>): Promise<activation.Problem> {
    try {
        await call();
    } catch (e) {
        if (e instanceof activation.ResponseError || e instanceof issuer.ResponseError) {
            check(e.response.headers.get('content-type')?.startsWith('application/problem+json'), 'a problem+json refusal');
            return activation.ProblemFromJSON(await e.response.json());
        }
        throw e;
    }
    throw new Error('expected a refusal');
}

/** The offline activation request file (activation-service/OFFLINE.md), signed with the key derived from the CD key. */
function offlineRequest(serial: string, cdKey: string, organization: string, product: string, fingerprint: string): string {
    const key = cdKey.replace(/[ -]/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
    const seed: Buffer = crypto.createHash('sha256').update(`licenseforge-offline-v2\n${serial}\n${key}`).digest();
    const signingKey = crypto.createPrivateKey({
        key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8'});
    const signed = [`Serial: ${serial}`, `Organization: ${organization}`, `Product: ${product}`, 'Version: 2.0.0',
        `Fingerprint: ${fingerprint}`, `Nonce: ${crypto.randomBytes(16).toString('hex')}`,
        `Issued-At: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`, 'Hostname: erp-offline-01']
        .map(line => line + '\n').join('');
    const signature = crypto.sign(null, Buffer.from(signed, 'utf8'), signingKey).toString('base64url');
    return `-----BEGIN LICENSEFORGE ACTIVATION REQUEST-----\n${signed}Signature: ${signature}\n`
        + '-----END LICENSEFORGE ACTIVATION REQUEST-----\n';
}

async function main(): Promise<void> {
    const run = crypto.randomBytes(4).toString('hex');
    const product = `erp-${run}`;
    const billingRef = `sub_contoso_${run}`;
    const sales = new issuer.Configuration({basePath: setting('ISSUER_URL'), accessToken: setting('SALES_TOKEN')});
    const customer = new activation.Configuration({basePath: setting('ACTIVATION_URL')});
    const support = new activation.Configuration({basePath: setting('ACTIVATION_URL'), accessToken: setting('SUPPORT_TOKEN')});
    const provider = new billing.Configuration({basePath: setting('BILLING_URL')});

    step('sales: catalogue, customer, license');
    const catalogue = new issuer.CatalogueApi(sales);
    await catalogue.createProduct({newProduct: {code: product, name: 'Acme ERP', modules: ['finance', 'hr']}});
    await catalogue.releaseProductVersion({code: product, newVersion: {version: '2.0.0', releasedAt: new Date('2026-03-01T00:00:00Z')}});
    const customers = new issuer.CustomersApi(sales);
    const account = await customers.createAccount({newAccount: {name: 'Contoso Holding'}});
    await customers.createOrganization({accountId: account.id!, newOrganization: {name: 'Contoso AG'}});
    await customers.createOrganization({accountId: account.id!, newOrganization: {name: 'Contoso GmbH', taxId: 'DE123456789'}});
    const licenses = new issuer.LicensesApi(sales);
    const license = await licenses.issueLicense({issueLicense: {productCode: product, accountId: account.id!,
        modules: {finance: 10, hr: 3}, maxActivations: 2, expiresAt: new Date('2031-01-01T00:00:00Z'),
        maintenanceUntil: new Date('2030-01-01T00:00:00Z'), billingRef}});
    check(license.cdKey && license.serial, 'the serial and the one-time CD key');
    const serial = license.serial!;
    const cdKey = license.cdKey!;

    step('sales: the license file and the license token (text/plain)');
    check((await licenses.getLicenseFile({id: license.id!})).includes('BEGIN'), 'an armored license file');
    check((await licenses.getLicenseToken({id: license.id!})).split('.').length === 3, 'a JWS license token');

    step('customer system: organizations, preview, activate, validate');
    const activations = new activation.ActivationsApi(customer);
    const organizations = await eventually('the license reaching activation-service',
        () => activations.listOrganizations({organizationsRequest: {serial, cdKey}}), list => list.length === 2);
    const gmbh = organizations.find(o => o.name === 'Contoso GmbH')!;
    const request: activation.ActivationRequest = {serial, cdKey, organizationId: gmbh.id!, productCode: product,
        productVersion: '2.0.0', fingerprint: `host-7f3a9c1e-board-22-${run}`, hostname: 'erp-prod-01'};
    const preview = await activations.previewActivation({activationRequest: request});
    check(preview.wouldSucceed === true && preview.maxActivations === 2, 'a preview that would succeed');
    const activated = await activations.activate({activationRequest: request});
    const validations = new activation.ValidationsApi(customer);
    const heartbeat = {serial, fingerprint: request.fingerprint, token: activated.token!};
    check((await validations.validate({validationRequest: heartbeat})).code === activation.ValidationAnswerCodeEnum.Valid, 'VALID');
    const bound = await activations.listOrganizations({organizationsRequest: {serial, cdKey}});
    check(bound.find(o => o.bound)?.id === gmbh.id, 'Contoso GmbH bound');

    step('customer system: a machine activated offline from a signed request file (text/plain both ways)');
    const offlineFingerprint = `host-offline-${run}`;
    const licenseFile = await activations.activateOffline({body: offlineRequest(serial, cdKey, gmbh.id!, product, offlineFingerprint)});
    check(licenseFile.includes('BEGIN'), 'a license file for the offline machine');

    step('customer system: a third machine is refused, the problem read with its members');
    const third = await refusal(() => activations.activate({activationRequest: {...request, fingerprint: `host-third-${run}`}}));
    check(third.status === 409 && third.code === 'TOO_MANY_ACTIVATIONS', `409 TOO_MANY_ACTIVATIONS, got ${third.code}`);
    check(third.activationsUsed === 2 && third.maxActivations === 2, 'activationsUsed and maxActivations');

    step('billing: an invoice due yesterday makes the license past due; payment restores it');
    const due = new Date(Date.now() - 24 * 3600 * 1000);
    const invoice: billing.Data = {billingRef, invoiceId: `in_${run}`, amountDue: 1200, dueAt: due};
    await deliver(provider, {id: `evt_${run}_1`, type: 'invoice.created', createdAt: due, data: invoice});
    const pastDue = await eventually('PAST_DUE', () => validations.validate({validationRequest: heartbeat}),
        answer => answer.code === activation.ValidationAnswerCodeEnum.PastDue);
    check(pastDue.valid === true && pastDue.graceEndsAt instanceof Date && pastDue.pastDueSince instanceof Date,
        'still valid, with pastDueSince and graceEndsAt');
    await deliver(provider, {id: `evt_${run}_2`, type: 'invoice.paid', createdAt: due, data: invoice});
    await eventually('VALID again', () => validations.validate({validationRequest: heartbeat}),
        answer => answer.code === activation.ValidationAnswerCodeEnum.Valid);

    step('support: look up the serial, reset the offline machine under a ticket\'s request id');
    const supportApi = new activation.SupportApi(support);
    const overview = await supportApi.lookUpSerial({serial});
    const offline = overview.activations?.find(a => a.hostname === 'erp-offline-01');
    check(offline && overview.activations?.some(a => a.id === activated.activationId), 'both machines in the overview');
    const ticket = `ticket-5202-${run}`;
    const reset = await supportApi.resetActivationsRaw({serial, xRequestId: ticket,
        reset: {activationId: offline!.id, reason: 'ticket 5202: laptop stolen'}});
    check(reset.raw.headers.get('X-Request-Id') === ticket, 'the request id echoed');

    step('support: the audit trail by serial and time range, paged');
    const from = new Date(Date.now() - 3600 * 1000);
    const to = new Date(Date.now() + 3600 * 1000);
    const entries = await new activation.AuditApi(support).searchSupportAudit({serial, from, to, page: 0, size: 50});
    check(entries.some(e => e.requestId === ticket && e.reason === 'ticket 5202: laptop stolen'), 'the reset in the audit trail');

    step('customer system: the online machine checks in and is no longer valid there');
    await activations.deactivate({activationId: activated.activationId!, xCDKey: cdKey});
    const after = await validations.validate({validationRequest: heartbeat});
    check(after.valid === false, `no longer valid after check-in, got ${after.code}`);
    console.log('walk-through complete');
}

/** Signs as the billing provider does: HMAC-SHA256 over "t.body", the body exactly as the client sends it. */
async function deliver(configuration: billing.Configuration, event: billing.ProviderEvent): Promise<void> {
    const body = JSON.stringify(billing.ProviderEventToJSON(event));
    const t = Math.floor(Date.now() / 1000);
    const secret = setting('WEBHOOK_SECRET');
    const signature = crypto.createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    const receipt = await new billing.BillingProviderApi(configuration)
        .receiveBillingEventRaw({billingSignature: `t=${t},v1=${signature}`, providerEvent: event});
    check(receipt.raw.status === 202, `202 for ${event.id}`);
}

main().catch(e => {
    console.error(e instanceof Error ? e.stack : e);
    process.exitCode = 1;
});
