// Optional enhancement of the media item page: clicking the image sets the focal point inputs (in percent).
// The numeric inputs stay the way to set it with a keyboard or without JavaScript.
(function () {
  "use strict";
  var image = document.querySelector("img[data-focal-target]");
  var left = document.getElementById("f-focalLeft");
  var top = document.getElementById("f-focalTop");
  var status = document.getElementById("focal-status");
  if (!image || !left || !top) {
    return;
  }

  image.classList.add("focal-clickable");
  if (status) {
    status.hidden = false;
    status.textContent = "You can also click the image where the focal point should be, then save.";
  }

  image.addEventListener("click", function (event) {
    var box = image.getBoundingClientRect();
    var x = Math.min(100, Math.max(0, ((event.clientX - box.left) / box.width) * 100));
    var y = Math.min(100, Math.max(0, ((event.clientY - box.top) / box.height) * 100));
    left.value = x.toFixed(1);
    top.value = y.toFixed(1);
    if (status) {
      status.textContent = "Focal point set to " + left.value + "% from the left and " + top.value + "% from the top. Save to keep it.";
    }
  });
})();
