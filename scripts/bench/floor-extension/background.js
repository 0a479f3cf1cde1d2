/** Answers the floor's content script at once, as a background classifier with nothing to do. */
chrome.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
  sendResponse(true);
});
