/**
 * What one Lambda container (or one local stack) builds once and keeps for all its invocations: values created
 * on first use ({@link org.pdsa.container.Lazy}), the one SDK HTTP client ({@link org.pdsa.container.AwsHttp}) and the
 * credentials AWS calls sign with ({@link org.pdsa.container.AwsCredentials}).
 * Depends on nothing of the product, so the store and the Camunda adapter can both use it.
 */
package org.pdsa.container;
