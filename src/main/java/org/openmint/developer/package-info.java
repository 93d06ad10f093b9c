/** Developers and companies, the accounts that pay: the core Edge API for them and their monetization view (spec §4). */
package org.openmint.developer;
