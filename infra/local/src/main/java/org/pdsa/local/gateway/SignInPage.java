package org.pdsa.local.gateway;

import java.util.List;
import java.util.Map;
import org.pdsa.api.Role;

/**
 * The local sign-in page (NHS.UK design system, from the web app's {@code /nhsuk} files): radios for the demo
 * identities and a "someone else" choice with fields for role, user name, provider and groups; an error summary when
 * the answer names nobody; and the page that explains a request the provider cannot accept.
 */
final class SignInPage {

    /** The NHS logo, as the NHS.UK header draws it. */
    private static final String LOGO = "<svg class=\"nhsuk-header__logo\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 80\" height=\"40\" width=\"100\" focusable=\"false\" role=\"img\" aria-label=\"NHS\"><title>NHS</title><path fill=\"currentcolor\" d=\"M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z\"/></svg>";

    private static final List<String> PASSED_ON = List.of("client_id", "redirect_uri", "response_type", "state",
            "code_challenge", "code_challenge_method", "nonce");

    private SignInPage() {
    }

    static String choose(List<SignInIdentity> identities, Map<String, String> params, LocalSignIn.InvalidChoice error) {
        StringBuilder b = new StringBuilder();
        if (error != null) {
            b.append("<div class=\"nhsuk-error-summary\" data-module=\"nhsuk-error-summary\"><div role=\"alert\">"
                    + "<h2 class=\"nhsuk-error-summary__heading\">There is a problem</h2>"
                    + "<div class=\"nhsuk-error-summary__body\"><ul class=\"nhsuk-list nhsuk-error-summary__list\">"
                    + "<li><a href=\"#").append(escape(error.field())).append("\">").append(escape(error.getMessage()))
                    .append("</a></li></ul></div></div></div>");
        }
        b.append("<form method=\"post\" action=\"/oauth2/authorize\" novalidate>");
        for (String name : PASSED_ON) {
            if (params.get(name) != null) {
                b.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(escape(params.get(name))).append("\">");
            }
        }
        boolean identityError = error != null && error.field().equals("identity");
        b.append("<div class=\"nhsuk-form-group").append(identityError ? " nhsuk-form-group--error" : "")
                .append("\"><fieldset class=\"nhsuk-fieldset\" aria-describedby=\"identity-hint")
                .append(identityError ? " identity-error" : "").append("\">")
                .append("<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--l\"><h1 class=\"nhsuk-fieldset__heading\">"
                        + "Who do you want to sign in as?</h1></legend>")
                .append("<div class=\"nhsuk-hint\" id=\"identity-hint\">These are the demo identities that"
                        + " <code>./pdsa up</code> prints. This page exists only on the local stack: in AWS you sign in"
                        + " with your organisation's account.</div>");
        if (identityError) {
            b.append(errorMessage("identity", error.getMessage()));
        }
        b.append("<div class=\"nhsuk-radios\" data-module=\"nhsuk-radios\">");
        String selected = params.get("identity");
        for (int i = 0; i < identities.size(); i++) {
            SignInIdentity id = identities.get(i);
            String inputId = i == 0 ? "identity" : "identity-" + i;
            b.append(radio(inputId, Integer.toString(i), Integer.toString(i).equals(selected), id.subject(),
                    who(id)));
        }
        // the fields for "someone else" stay visible: the design system's conditional reveal marks radios with
        // aria-expanded, which ARIA does not allow on a radio (axe: aria-allowed-attr)
        b.append(radio(identities.isEmpty() ? "identity" : "identity-other", "other", "other".equals(selected),
                "Someone else", "Fill in who below"));
        b.append("</div></fieldset></div>")
                .append("<div class=\"nhsuk-form-group\"><fieldset class=\"nhsuk-fieldset\">")
                .append("<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">Who else</legend>")
                .append(select(params.get("role"), error))
                .append(input("subject", "User name", null, params.get("subject"), error))
                .append(input("provider", "Provider", "The provider's id, for example RF4. Managers have none.",
                        params.get("provider"), error))
                .append(input("groups", "Groups", "Separate groups with commas, for example RF4-leads", params.get("groups"),
                        error))
                .append("</fieldset></div>")
                .append("<button class=\"nhsuk-button\" data-module=\"nhsuk-button\" type=\"submit\">Continue</button></form>");
        return page(error == null ? "Sign in" : "Error: Sign in", b.toString());
    }

    static String refused(String description) {
        return page("Sign-in request refused", "<h1>The sign-in request cannot be accepted</h1><p>"
                + escape(description) + "</p><p><a href=\"/\">Go to the start page</a></p>");
    }

    private static String who(SignInIdentity id) {
        String role = switch (id.role()) {
            case STAFF -> "Staff";
            case MANAGER -> "Programme manager";
            case PROVIDER -> "Provider system";
        };
        return role + (id.provider() == null ? "" : " at " + id.provider())
                + (id.groups().isEmpty() ? "" : ", groups " + String.join(", ", id.groups()));
    }

    private static String radio(String id, String value, boolean checked, String label, String hint) {
        return "<div class=\"nhsuk-radios__item\"><input class=\"nhsuk-radios__input\" id=\"" + id
                + "\" name=\"identity\" type=\"radio\" value=\"" + value + "\"" + (checked ? " checked" : "")
                + (hint == null ? "" : " aria-describedby=\"" + id + "-item-hint\"")
                + ">"
                + "<label class=\"nhsuk-label nhsuk-radios__label\" for=\"" + id + "\">" + escape(label) + "</label>"
                + (hint == null ? "" : "<div class=\"nhsuk-hint nhsuk-radios__hint\" id=\"" + id + "-item-hint\">"
                + escape(hint) + "</div>") + "</div>";
    }

    private static String select(String value, LocalSignIn.InvalidChoice error) {
        StringBuilder b = new StringBuilder(group("role", error)).append("<label class=\"nhsuk-label\" for=\"role\">Role</label>");
        if (error != null && error.field().equals("role")) {
            b.append(errorMessage("role", error.getMessage()));
        }
        b.append("<select class=\"nhsuk-select\" id=\"role\" name=\"role\"><option value=\"\">Choose a role</option>");
        for (Role r : Role.values()) {
            b.append("<option value=\"").append(r.code()).append("\"").append(r.code().equals(value) ? " selected" : "")
                    .append(">").append(r.code()).append("</option>");
        }
        return b.append("</select></div>").toString();
    }

    private static String input(String name, String label, String hint, String value, LocalSignIn.InvalidChoice error) {
        boolean wrong = error != null && error.field().equals(name);
        String describedBy = (hint == null ? "" : name + "-hint") + (wrong ? " " + name + "-error" : "");
        return group(name, error) + "<label class=\"nhsuk-label\" for=\"" + name + "\">" + label + "</label>"
                + (hint == null ? "" : "<div class=\"nhsuk-hint\" id=\"" + name + "-hint\">" + escape(hint) + "</div>")
                + (wrong ? errorMessage(name, error.getMessage()) : "")
                + "<input class=\"nhsuk-input" + (wrong ? " nhsuk-input--error" : "") + "\" id=\"" + name + "\" name=\""
                + name + "\" type=\"text\" spellcheck=\"false\" autocomplete=\"off\""
                + (value == null ? "" : " value=\"" + escape(value) + "\"")
                + (describedBy.isBlank() ? "" : " aria-describedby=\"" + describedBy.strip() + "\"") + "></div>";
    }

    private static String group(String name, LocalSignIn.InvalidChoice error) {
        return "<div class=\"nhsuk-form-group" + (error != null && error.field().equals(name) ? " nhsuk-form-group--error" : "")
                + "\">";
    }

    private static String errorMessage(String name, String message) {
        return "<span class=\"nhsuk-error-message\" id=\"" + name + "-error\"><span class=\"nhsuk-u-visually-hidden\">"
                + "Error: </span>" + escape(message) + "</span>";
    }

    private static String page(String title, String main) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " – PDSA improvement cycles</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"stylesheet\" href=\"" + WebApp.NHSUK_PATH + "/nhsuk-frontend.min.css\">"
                + "<link rel=\"icon\" href=\"" + WebApp.NHSUK_PATH + "/assets/images/favicon.svg\" type=\"image/svg+xml\">"
                + "</head><body><script>document.body.className += ' js-enabled nhsuk-frontend-supported';</script>"
                + "<a class=\"nhsuk-skip-link\" href=\"#maincontent\">Skip to main content</a>"
                + "<header class=\"nhsuk-header\" role=\"banner\"><div class=\"nhsuk-header__container nhsuk-width-container\">"
                + "<div class=\"nhsuk-header__service\"><a class=\"nhsuk-header__service-logo\" href=\"/\""
                + " aria-label=\"NHS PDSA improvement cycles homepage\">" + LOGO + "<span class=\"nhsuk-header__service-name\">"
                + "PDSA improvement cycles</span></a></div></div></header>"
                + "<div class=\"nhsuk-width-container\"><main class=\"nhsuk-main-wrapper\" id=\"maincontent\">"
                + "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">" + main
                + "</div></div></main></div>"
                + "<script type=\"module\">import { initAll } from '" + WebApp.NHSUK_PATH
                + "/nhsuk-frontend.min.js'; initAll();</script></body></html>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
