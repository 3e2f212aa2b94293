## Forms (macros.html) and error pages (shared by every page).

common-error-summary-title = There is a problem
common-error-prefix = Error:
common-field-country = Country
common-select-country = Select a country
common-go-home = Go to the list of conferences
common-request-reference = Request reference:
common-request-reference-hint = (status { $status }). Quote it if you contact the organisers.

common-err-sign-in = Sign in
common-err-not-found-title = Page not found
common-err-not-found-text = If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.
common-err-forbidden-title = You do not have access to this page
common-err-forbidden-text = Sign in with an account that has access, or ask the organisers.
common-err-csrf-title = Your form expired
common-err-csrf-text = For your security the form could not be accepted. Go back, reload the page and submit it again.
common-err-conflict-title = Someone else changed this first
common-err-rate-limited-title = Too many attempts
common-err-rate-limited-text =
    { $count ->
        [one] Please wait { $n } second before trying again.
       *[other] Please wait { $n } seconds before trying again.
    }
common-err-bad-request-title = Something is wrong with the request
common-err-too-large-title = What you sent is too large
common-err-too-large-text = Shorten the text and try again.
common-err-unavailable-title = The service is briefly unavailable
common-err-unavailable-text = Nothing was saved: what you asked for was not done, not even in part. Please try again in a few seconds. If you were sending a form, go back with your browser's Back button: what you typed is still there.
common-err-internal-title = Sorry, something went wrong on our side
common-err-internal-text = Please try again in a moment. Nothing you entered was saved partially.
common-conflict-same-moment = This was changed at the same moment by someone else. Reload the page and check before trying again.
common-conflict-slug-taken = Another conference took this web address at the same moment. Choose another one.
common-conflict-stale-session = Someone else saved this session after you opened it. Reload the page to see their changes.
