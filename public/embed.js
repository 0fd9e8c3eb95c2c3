/*
 * Pellet form loader. Place where the form should appear:
 *   <script src="https://PELLET_HOST/embed.js" data-pellet-form="sample-request" async></script>
 * Optional: data-pellet-target="#css-selector" to place the form elsewhere.
 * When the prospect submits, a "pellet:submitted" event bubbles from the
 * iframe, with event.detail.form set to the form's slug.
 */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var slug = script.getAttribute("data-pellet-form");
  if (!slug) return;
  var appOrigin = new URL(script.src).origin;

  var params = new URLSearchParams({ embed: "1", page_url: location.href });
  if (document.referrer) params.set("referrer", document.referrer);
  var here = new URLSearchParams(location.search);
  ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "gclid"].forEach(function (key) {
    var value = here.get(key);
    if (value) params.set(key, value);
  });

  var frame = document.createElement("iframe");
  frame.src = appOrigin + "/f/" + encodeURIComponent(slug) + "?" + params;
  frame.title = script.getAttribute("data-pellet-title") || "Request form";
  frame.style.cssText = "width:100%;min-height:480px;border:0;display:block";

  var target = script.getAttribute("data-pellet-target");
  var container = target && document.querySelector(target);
  if (container) container.appendChild(frame);
  else script.parentNode.insertBefore(frame, script);

  window.addEventListener("message", function (event) {
    // Only messages from this iframe's own window, sent by the Pellet server's origin.
    if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
    var data = event.data || {};
    if (data.type === "pellet:resize" && data.height > 0) {
      frame.style.minHeight = "0";
      frame.style.height = Math.ceil(data.height) + "px";
    } else if (data.type === "pellet:submitted") {
      frame.dispatchEvent(new CustomEvent("pellet:submitted", { bubbles: true, detail: { form: slug } }));
    }
  });
})();
